import { describe, expect, it } from 'vitest';
import { creditBalanceOf, creditPeriodOf, nextCreditRefillAt } from '../../../shared/domain/credits.js';

const at = (iso: string) => new Date(iso);

describe('Domain: credit periods', () => {
  it('turns a daily period at UTC midnight', () => {
    const daily = { amount: 5, interval: 'daily' } as const;
    expect(creditPeriodOf(daily, at('2026-11-27T23:59:59.999Z'))).toBe('2026-11-27');
    expect(creditPeriodOf(daily, at('2026-11-28T00:00:00.000Z'))).toBe('2026-11-28');
    expect(nextCreditRefillAt(daily, at('2026-12-31T12:00:00Z'))).toEqual(at('2027-01-01T00:00:00Z'));
  });

  it('turns a monthly period on its day of the month, across years', () => {
    const monthly = { amount: 5, interval: 'monthly', dayOfMonth: 15 } as const;
    expect(creditPeriodOf(monthly, at('2026-11-14T23:59:59Z'))).toBe('2026-10@15');
    expect(creditPeriodOf(monthly, at('2026-11-15T00:00:00Z'))).toBe('2026-11@15');
    expect(creditPeriodOf(monthly, at('2027-01-03T00:00:00Z'))).toBe('2026-12@15');
    expect(nextCreditRefillAt(monthly, at('2026-12-20T00:00:00Z'))).toEqual(at('2027-01-15T00:00:00Z'));
    expect(nextCreditRefillAt(monthly, at('2026-12-02T00:00:00Z'))).toEqual(at('2026-12-15T00:00:00Z'));
  });

  it('starts monthly periods on the 1st by default', () => {
    expect(creditPeriodOf({ amount: 1, interval: 'monthly' }, at('2026-03-01T00:00:00Z'))).toBe('2026-03@1');
    expect(creditPeriodOf({ amount: 1, interval: 'monthly' }, at('2026-02-28T23:00:00Z'))).toBe('2026-02@1');
  });

  it('shows a due refill as done, since the next spend will do it', () => {
    const refill = { amount: 9, interval: 'daily' } as const;
    const token = { creditsRemaining: 0, creditsRefill: refill, creditsPeriod: '2026-11-27' };
    expect(creditBalanceOf(token, at('2026-11-27T12:00:00Z'))).toEqual({ remaining: 0, refill });
    expect(creditBalanceOf(token, at('2026-11-28T00:00:01Z'))).toEqual({ remaining: 9, refill });
    expect(creditBalanceOf({}, at('2026-11-28T00:00:01Z'))).toBeNull();
  });
});
