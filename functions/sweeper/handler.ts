import type { Container } from '../../shared/composition/container.js';
import { containerFromEnvironment } from '../../shared/composition/environment.js';
import { sweeper } from '../../shared/composition/services.js';
import { logger } from '../../shared/composition/store.js';
import type { SweepReport } from '../../shared/services/tokens/sweeper.js';

/**
 * The scheduled sweeper (EventBridge Scheduler, daily by default). A run that hits its per-run limit
 * leaves the rest to the next one; the watermark only moves past fully swept days.
 */
export const createSweepHandler = (container: () => Container) => async (): Promise<SweepReport> => {
  const report = await container().get(sweeper).run();
  container()
    .get(logger)
    .info('sweep', { ...report });
  return report;
};

export const handler = createSweepHandler(containerFromEnvironment);
