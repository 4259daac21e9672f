import { Inject, Injectable } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Mailer, type MailMessage } from './mailer';

/**
 * Sends mail through the SMTP server of SMTP_URL (a provider in production, a local catcher such as Mailpit in
 * development): `smtps://` is TLS from the start, `smtp://` upgrades with STARTTLS when the server offers it.
 */
@Injectable()
export class SmtpMailer extends Mailer {
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
    if (!config.SMTP_URL) throw new Error('SmtpMailer needs SMTP_URL');
    this.transport = createTransport(config.SMTP_URL);
  }

  async send(message: MailMessage): Promise<void> {
    // base64 keeps Japanese text intact through any server, whatever its 8-bit support.
    await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: message.to,
      subject: message.subject,
      text: message.text,
      textEncoding: 'base64',
    });
  }
}
