export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** What kind of mail, for logs and tests (e.g. `invitation`, `password-reset`). */
  kind: string;
}

/** Where mail goes. Swap the implementation (SMTP, an API) without touching the features that send mail. */
export abstract class Mailer {
  abstract send(message: MailMessage): Promise<void>;
}
