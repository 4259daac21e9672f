import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Mailer, type MailMessage } from './mailer';
import { buildMimeMessage, mailAddress } from './mime-message';
import { parseSmtpUrl, sendSmtp, type SmtpTarget } from './smtp-client';

/**
 * Sends mail through the SMTP server of SMTP_URL (a provider in production, a local catcher such as Mailpit in
 * development). No npm dependency: the conversation is the few commands of RFC 5321 (see smtp-client.ts).
 */
@Injectable()
export class SmtpMailer extends Mailer {
  private readonly target: SmtpTarget;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
    if (!config.SMTP_URL) throw new Error('SmtpMailer needs SMTP_URL');
    this.target = parseSmtpUrl(config.SMTP_URL);
  }

  async send(message: MailMessage): Promise<void> {
    const data = buildMimeMessage({ from: this.config.MAIL_FROM, to: message.to, subject: message.subject, text: message.text });
    await sendSmtp(this.target, { from: mailAddress(this.config.MAIL_FROM), to: message.to }, data);
  }
}
