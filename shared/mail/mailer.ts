/** One email: plain text for every reader, HTML for those that show it. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** Sends mail: SES on AWS, `.eml` files under `$KEYWARD_HOME/mail/` in local runs. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
