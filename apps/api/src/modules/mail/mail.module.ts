import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { LogMailer } from './log-mailer';
import { Mailer } from './mailer';
import { SmtpMailer } from './smtp-mailer';
import { AppConfigModule } from '../../config/app-config.module';

/** The mailer: SMTP when SMTP_URL is set, otherwise the development log/outbox mailer. */
@Module({
  imports: [AppConfigModule],
  providers: [
    {
      provide: Mailer,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Mailer => (config.SMTP_URL ? new SmtpMailer(config) : new LogMailer(config)),
    },
  ],
  exports: [Mailer],
})
export class MailModule {}
