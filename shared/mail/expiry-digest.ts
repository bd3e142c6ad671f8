import type { ExpiryNotice } from '../domain/expiry-notice.js';
import { tokenKinds } from '../domain/kinds.js';
import type { MailMessage } from './mailer.js';

/** How a principal stops these messages (also said in every message). */
export const OPT_OUT_HINT =
  'To stop these emails, set "emailNotifications": false on yourself (PATCH /v1/principals/me).';

const whenOf = (notice: ExpiryNotice): string =>
  `${notice.endsAt.slice(0, 10)} (in ${notice.daysLeft} day${notice.daysLeft === 1 ? '' : 's'})`;

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The one message a principal gets on a day: every token of theirs that needs attention, soonest first, as text
 * and as HTML. Each line says how to keep the token (use it, or make a new one before it ends).
 */
export const expiryDigestOf = (to: string, notices: readonly ExpiryNotice[]): MailMessage => {
  const sorted = [...notices].sort(
    (a, b) => a.endsAt.localeCompare(b.endsAt) || a.name.localeCompare(b.name),
  );
  const first = sorted[0]!;
  const subject =
    sorted.length === 1
      ? `Keyward: ${tokenKinds[first.kind].label} "${first.name}" ends in ${first.daysLeft} day${first.daysLeft === 1 ? '' : 's'}`
      : `Keyward: ${sorted.length} tokens end soon`;
  const intro =
    'These tokens end soon. A token that expires after a time without use lives on when it is used; a token with a ' +
    'lifespan must be replaced: create a new one, move your integrations to it, then revoke the old one.';
  const text = [
    intro,
    '',
    ...sorted.map(
      (n) =>
        `- "${n.name}" — ${tokenKinds[n.kind].label} ${n.tokenId} of ${n.ownerType} ${n.ownerId}, ends ${whenOf(n)}`,
    ),
    '',
    OPT_OUT_HINT,
    '',
  ].join('\n');
  const rows = sorted
    .map(
      (n) =>
        `<tr><td>${escapeHtml(n.name)}</td><td>${escapeHtml(tokenKinds[n.kind].label)}</td><td><code>${n.tokenId}</code></td>` +
        `<td>${escapeHtml(`${n.ownerType} ${n.ownerId}`)}</td><td>${escapeHtml(whenOf(n))}</td></tr>`,
    )
    .join('\n');
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Keyward</title></head><body>',
    `<p>${escapeHtml(intro)}</p>`,
    '<table><thead><tr><th scope="col">Token</th><th scope="col">Kind</th><th scope="col">Id</th><th scope="col">Owner</th><th scope="col">Ends</th></tr></thead>',
    `<tbody>\n${rows}\n</tbody></table>`,
    `<p>${escapeHtml(OPT_OUT_HINT)}</p>`,
    '</body></html>',
    '',
  ].join('\n');
  return { to, subject, text, html };
};
