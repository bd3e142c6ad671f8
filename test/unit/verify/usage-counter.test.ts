import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../../shared/domain/clock.js';
import { UsageCounter } from '../../../shared/verify/usage-counter.js';

/** A store that records each `add` it is sent, and fails while told to. */
const recordingStore = () => {
  const adds: { subject: string; hour: string; counts: Record<string, number> }[] = [];
  let failing = false;
  return {
    adds,
    fail: (on: boolean) => {
      failing = on;
    },
    add: async (subject: string, hour: string, counts: Record<string, number>) => {
      if (failing) throw new Error('store down');
      adds.push({ subject, hour, counts: { ...counts } });
    },
  };
};

const token = (n: number) => ({ tokenId: `t${n}`, ownerKey: 'site#s' });

describe('UsageCounter', () => {
  it('adds nothing before a minute has passed, then one write per subject and hour', async () => {
    // Prepare
    const clock = new ManualClock('2026-11-28T13:00:00.000Z');
    const store = recordingStore();
    const counter = new UsageCounter({ usage: store, clock });

    // Act: 10,000 verifications of 3 tokens within the minute, then one after it
    for (let i = 0; i < 10_000; i += 1)
      counter.count(token(i % 3), i % 10 === 0 ? 'RATE_LIMITED' : 'VALID', clock.now().getTime());
    expect(store.adds).toHaveLength(0);
    clock.advance(60_000);
    counter.count(token(0), 'VALID', clock.now().getTime());
    // The count that made the flush due started it; waiting on flush() waits for that one.
    await counter.flush();

    // Assess: 3 tokens + 1 owner, each one write
    expect(store.adds).toHaveLength(4);
    const owner = store.adds.find((add) => add.subject === 'owner#site#s')!;
    expect(owner.counts).toEqual({ VALID: 9_001, RATE_LIMITED: 1_000 });
    expect(counter.pending).toBe(0);
  });

  it('keeps the counts of a failed flush for the next one', async () => {
    const clock = new ManualClock('2026-11-28T13:00:00.000Z');
    const store = recordingStore();
    const errors: unknown[] = [];
    const counter = new UsageCounter({ usage: store, clock, onFlushError: (error) => errors.push(error) });
    counter.count(token(1), 'VALID', clock.now().getTime());
    store.fail(true);
    await counter.flush();
    expect(errors).toHaveLength(2);
    store.fail(false);
    counter.count(token(1), 'VALID', clock.now().getTime());
    await counter.flush();
    expect(store.adds.find((add) => add.subject === 'token#t1')?.counts).toEqual({ VALID: 2 });
  });

  it('keeps hours apart, so counts land in the hour they happened', async () => {
    const clock = new ManualClock('2026-11-28T13:59:59.000Z');
    const store = recordingStore();
    const counter = new UsageCounter({ usage: store, clock });
    counter.count(token(1), 'VALID', clock.now().getTime());
    clock.advance(2_000);
    counter.count(token(1), 'VALID', clock.now().getTime());
    await counter.flush();
    expect(store.adds.filter((add) => add.subject === 'token#t1').map((add) => add.hour)).toEqual([
      '2026-11-28T13',
      '2026-11-28T14',
    ]);
  });

  describe('with no further traffic', () => {
    afterEach(() => vi.useRealTimers());

    it('has the counts in the store 70 s after the last verification', async () => {
      // Prepare: the platform's timers are the test's; the clock moves with them
      vi.useFakeTimers();
      const clock = new ManualClock('2026-11-28T13:00:00.000Z');
      const store = recordingStore();
      const counter = new UsageCounter({ usage: store, clock });

      // Act: two verifications 20 s apart, then silence
      counter.count(token(1), 'VALID', clock.now().getTime());
      clock.advance(20_000);
      await vi.advanceTimersByTimeAsync(20_000);
      counter.count(token(1), 'VALID', clock.now().getTime());
      clock.advance(70_000);
      await vi.advanceTimersByTimeAsync(70_000);

      // Assess: one flush, a minute after the first count, holding both
      expect(store.adds.find((add) => add.subject === 'token#t1')?.counts).toEqual({ VALID: 2 });
      expect(store.adds).toHaveLength(2);
      expect(counter.pending).toBe(0);
    });

    it('tries a failed flush again a minute later', async () => {
      vi.useFakeTimers();
      const clock = new ManualClock('2026-11-28T13:00:00.000Z');
      const store = recordingStore();
      const counter = new UsageCounter({ usage: store, clock, onFlushError: () => undefined });
      store.fail(true);
      counter.count(token(1), 'VALID', clock.now().getTime());
      clock.advance(60_000);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(store.adds).toHaveLength(0);
      store.fail(false);
      clock.advance(60_000);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(store.adds.find((add) => add.subject === 'token#t1')?.counts).toEqual({ VALID: 1 });
    });

    it('never keeps a process alive', () => {
      const clock = new ManualClock();
      const counter = new UsageCounter({ usage: recordingStore(), clock });
      const before = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
      counter.count(token(1), 'VALID', clock.now().getTime());
      expect(counter.pending).toBeGreaterThan(0);
      // An unreferenced timer is not an active resource: it does not hold the event loop open.
      expect(process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout')).toHaveLength(before);
    });
  });
});
