/** The only source of "now" in Keyward: domain code takes a Clock so tests and the sweeper can move time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to; used by tests and by time-travel in local runs. */
export class ManualClock implements Clock {
  #epochMs: number;

  public constructor(start: Date | string = '2026-01-01T00:00:00.000Z') {
    this.#epochMs = new Date(start).getTime();
  }

  public now(): Date {
    return new Date(this.#epochMs);
  }

  public advance(ms: number): void {
    this.#epochMs += ms;
  }

  public set(to: Date | string): void {
    this.#epochMs = new Date(to).getTime();
  }
}

/** Real time shifted by an offset that tests (or a time-travelling local run) can move. */
export class OffsetClock implements Clock {
  #offsetMs = 0;

  public now(): Date {
    return new Date(Date.now() + this.#offsetMs);
  }

  public advance(ms: number): void {
    this.#offsetMs += ms;
  }

  public set(to: Date | string): void {
    this.#offsetMs = new Date(to).getTime() - Date.now();
  }

  public reset(): void {
    this.#offsetMs = 0;
  }
}

export const SECOND_MS = 1_000;
export const DAY_MS = 86_400_000;

export const addSeconds = (date: Date, seconds: number): Date =>
  new Date(date.getTime() + seconds * SECOND_MS);
export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);
export const toEpochSeconds = (date: Date): number => Math.floor(date.getTime() / SECOND_MS);
