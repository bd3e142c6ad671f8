/**
 * Runs `stop` when the run is interrupted (Ctrl-C, CI's SIGTERM) and then exits, so no java child outlives it;
 * returns what takes the handlers off again, for a global setup's normal teardown.
 */
export const stopOnInterrupt = (stop: () => Promise<unknown>): (() => void) => {
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
};
