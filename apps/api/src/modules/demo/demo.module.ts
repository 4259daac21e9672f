import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { DemoSeeder } from './demo-seeder';
import { AuditModule } from '../audit/audit.module';

@Module({ imports: [AuditModule, AuthModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
