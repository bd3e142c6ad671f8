import { type Runtime, runtimeFromEnvironment } from '../../shared/runtime.js';
import type { SweepReport } from '../../shared/services/sweeper.js';

/**
 * The scheduled sweeper (EventBridge Scheduler, daily by default). A run that hits its per-run limit
 * leaves the rest to the next one; the watermark only moves past fully swept days.
 */
export const createSweepHandler = (runtime: () => Runtime) => async (): Promise<SweepReport> => {
  const { sweeper, logger } = runtime();
  const report = await sweeper.run();
  logger.info('sweep', { ...report });
  return report;
};

export const handler = createSweepHandler(runtimeFromEnvironment);
