import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../entities/user.entity';
import { UsersService } from './users.service';

/**
 * The `users` table for other modules (the auth module owns it; this is its lower half, with no feature imports).
 * Organizations imports it to remember the last opened organization, which it could not do through AuthModule
 * without a cycle: AuthModule imports OrganizationsModule to read memberships.
 */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  providers: [UsersService],
  exports: [UsersService],
})
export class UsersModule {}
