import type { Container } from '../../shared/composition/container.js';
import { containerFromEnvironment } from '../../shared/composition/environment.js';
import { logger } from '../../shared/composition/store.js';
import { webhookDispatcher } from '../../shared/composition/webhooks.js';

/**
 * The webhook dispatcher (EventBridge, every minute): fans out the outbox's events into deliveries and sends
 * the deliveries that are due. A backlog larger than one run's batch is taken by the next runs.
 */
export const createDispatchHandler = (container: () => Container) => async () => {
  const report = await container().get(webhookDispatcher).drain();
  container()
    .get(logger)
    .info('webhook dispatch', { ...report });
  return report;
};

export const handler = createDispatchHandler(containerFromEnvironment);
