import { Inject, Injectable, Logger } from '@nestjs/common';
import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Mailer, type MailMessage } from './mailer';

/**
 * Development mailer: writes each message to the log and appends it to `DATA_DIR/outbox.jsonl`, so a developer
 * (or a test) can follow a password-reset or invitation link without an SMTP server.
 */
@Injectable()
export class LogMailer extends Mailer {
  private readonly logger = new Logger('Mail');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  async send(message: MailMessage): Promise<void> {
    this.logger.log(`[${message.kind}] to ${message.to}: ${message.subject}\n${message.text}`);
    await mkdir(this.config.DATA_DIR, { recursive: true });
    await appendFile(
      join(this.config.DATA_DIR, 'outbox.jsonl'),
      JSON.stringify({ ...message, sentAt: new Date().toISOString() }) + '\n',
    );
  }
}
