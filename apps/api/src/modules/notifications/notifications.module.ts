import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../auth/users/users.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { NotificationEntity } from './entities/notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { MailModule } from '../mail/mail.module';
import { AppConfigModule } from '../../config/app-config.module';

/** In-app notifications and their e-mails: owns `notifications`; the drafts and dialogue features call it. */
@Module({
  imports: [
    AppConfigModule,
    MailModule,
    TypeOrmModule.forFeature([NotificationEntity]),
    OrganizationsModule,
    UsersModule,
  ],
  providers: [NotificationsService],
  controllers: [NotificationsController],
  exports: [NotificationsService],
})
export class NotificationsModule {}
