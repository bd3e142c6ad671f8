import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Mailer } from './mailer.js';

/** AWS: SES (v2 API) from the stack's sender identity, through its configuration set. */
export const sesMailer = (
  from: string,
  configurationSet: string | undefined,
  client = new SESv2Client({}),
): Mailer => ({
  send: async (message) => {
    await client.send(
      new SendEmailCommand({
        FromEmailAddress: from,
        Destination: { ToAddresses: [message.to] },
        ...(configurationSet === undefined ? {} : { ConfigurationSetName: configurationSet }),
        Content: {
          Simple: {
            Subject: { Data: message.subject, Charset: 'UTF-8' },
            Body: {
              Text: { Data: message.text, Charset: 'UTF-8' },
              Html: { Data: message.html, Charset: 'UTF-8' },
            },
          },
        },
      }),
    );
  },
});
