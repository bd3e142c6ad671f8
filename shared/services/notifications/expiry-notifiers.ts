import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { tokenDescriptionOf } from '../../domain/token.js';
import type { Logger } from '../../observability/logger.js';
import type { Compromise, CompromiseNotifier } from '../tokens/compromise-response.js';
import type { ExpiryNotifier } from '../tokens/token-expiry.js';
import type { CreditNotifier } from './credit-notices.js';

/** Everything Keyward tells the outside about a token besides the audit log. */
export type TokenNotifier = ExpiryNotifier & CompromiseNotifier & CreditNotifier;

const COMPROMISE_DETAIL_TYPES: Readonly<Record<Compromise, string>> = {
  leaked: 'Keyward Token Leaked',
  reuse_detected: 'Keyward Token Reuse Detected',
};

const CREDITS_LOW = 'Keyward Credits Low';

/** Local runs: expiry news in the server log (it is in the audit log too). */
export const logNotifier = (logger: Logger): TokenNotifier => ({
  expiring: async (token, daysLeft, endsAt) =>
    logger.info('Token expiring soon', { ...tokenDescriptionOf(token), daysLeft, endsAt }),
  expired: async (token) => logger.info('Token expired', tokenDescriptionOf(token)),
  compromised: async (token, compromise, details) =>
    logger.warn(COMPROMISE_DETAIL_TYPES[compromise], { ...tokenDescriptionOf(token), ...details }),
  creditsLow: async (holder, details) => logger.info(CREDITS_LOW, { ...holder, ...details }),
});

/**
 * AWS: `Keyward Token Expiring` / `Keyward Token Expired` events (source `keyward`) on an EventBridge bus,
 * so teams can route them to email or chat with a rule.
 */
export const eventBridgeNotifier = (
  eventBusName: string,
  client = new EventBridgeClient({}),
): TokenNotifier => {
  const put = async (detailType: string, detail: object) => {
    await client.send(
      new PutEventsCommand({
        Entries: [
          {
            EventBusName: eventBusName,
            Source: 'keyward',
            DetailType: detailType,
            Detail: JSON.stringify(detail),
          },
        ],
      }),
    );
  };
  return {
    expiring: (token, daysLeft, endsAt) =>
      put('Keyward Token Expiring', { ...tokenDescriptionOf(token), daysLeft, endsAt }),
    expired: (token) => put('Keyward Token Expired', tokenDescriptionOf(token)),
    compromised: (token, compromise, details) =>
      put(COMPROMISE_DETAIL_TYPES[compromise], { ...tokenDescriptionOf(token), ...details }),
    creditsLow: (holder, details) => put(CREDITS_LOW, { ...holder, ...details }),
  };
};
