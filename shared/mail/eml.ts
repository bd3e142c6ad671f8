import { randomBytes } from 'node:crypto';
import type { MailMessage } from './mailer.js';

/**
 * A message as an RFC 5322 file with a multipart/alternative body — what a mail client opens. Every header
 * value that carries user text (the subject, with token names in it) is an RFC 2047 encoded word, so no name
 * can break a header line or add one; addresses are validated before they get here.
 */
export const emlOf = (from: string, message: MailMessage, date: Date): string => {
  const boundary = `keyward-${randomBytes(12).toString('hex')}`;
  const part = (type: string, body: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset=utf-8`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(body),
    ].join('\r\n');
  return [
    `From: ${from}`,
    `To: ${message.to}`,
    `Subject: ${encodedWord(message.subject)}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${randomBytes(16).toString('hex')}@keyward>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    part('text/plain', message.text),
    part('text/html', message.html),
    `--${boundary}--`,
    '',
  ].join('\r\n');
};

const encodedWord = (text: string): string => `=?utf-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;

/** Base64 in lines of 76 characters, as MIME requires. */
const base64Lines = (text: string): string =>
  (
    Buffer.from(text, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');
