import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, Repository } from 'typeorm';
import { UserEntity } from '../entities/user.entity';

/**
 * What other modules may read or write of the `users` table: contacts for e-mails and the organization a user
 * last opened. It depends on no feature module, so that the organizations module can use it while the auth module
 * depends on the organizations module (for memberships).
 */
@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** Where and in which language to write to these users (for e-mails other modules send). */
  async contacts(userIds: readonly string[]): Promise<Pick<UserEntity, 'id' | 'email' | 'locale'>[]> {
    return this.users.find({ where: { id: In([...userIds]) }, select: { id: true, email: true, locale: true } });
  }

  /** The organization the web app opens after the user's next sign-in; pass `manager` inside a transaction. */
  async rememberOrganization(userId: string, organizationId: string, manager?: EntityManager): Promise<void> {
    await (manager?.getRepository(UserEntity) ?? this.users).update(
      { id: userId },
      { lastOrganizationId: organizationId },
    );
  }
}
