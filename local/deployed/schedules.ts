import type { ScheduleModel } from './model.js';

/**
 * EventBridge schedules: `rate(…)` rules fire on their own at their rate, from when the emulation starts;
 * `cron(…)` rules (a daily sweep) fire only when asked, since waiting for 03:17 UTC is no use on a laptop.
 */

const UNIT_MS: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/** A `rate(…)` expression's period, or undefined for any other. */
export const rateMsOf = (expression: string): number | undefined => {
  const [, amount, unit] = /^rate\((\d+) (minute|hour|day)s?\)$/.exec(expression) ?? [];
  return amount === undefined ? undefined : Number(amount) * UNIT_MS[unit!]!;
};

export const startSchedules = (
  schedules: readonly ScheduleModel[],
  fire: (schedule: ScheduleModel) => Promise<unknown>,
): { stop(): void } => {
  const timers = schedules
    .filter((schedule) => schedule.enabled)
    .flatMap((schedule) => {
      const every = rateMsOf(schedule.expression);
      return every === undefined ? [] : [setInterval(() => void fire(schedule), every).unref()];
    });
  return {
    stop: () => {
      for (const timer of timers) clearInterval(timer);
    },
  };
};
