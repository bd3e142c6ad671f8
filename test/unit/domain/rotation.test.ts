import { describe, expect, it } from 'vitest';
import {
  endedSecretsOf,
  inGraceSecretsOf,
  REUSE_SETTLE_SECONDS,
  ROTATED_OUT_KEPT,
  SELF_ROTATED_BY,
  selfRotationWaitSeconds,
  successionOf,
} from '../../../shared/domain/rotation.js';

const now = new Date('2026-11-27T12:00:00.000Z');

describe('Module: rotation', () => {
  it('keeps the replaced hash as previous only with a grace period, and always in the reuse list', () => {
    const token = { hash: 'h0', pepperVersion: 1 };
    expect(successionOf(token, now, 0)).toEqual({
      rotatedOut: [{ hash: 'h0', pepperVersion: 1, until: '2026-11-27T12:00:00.000Z' }],
    });
    expect(successionOf(token, now, 60).previous).toEqual({
      hash: 'h0',
      pepperVersion: 1,
      until: '2026-11-27T12:01:00.000Z',
    });
  });

  it(`remembers the last ${ROTATED_OUT_KEPT} replaced hashes, newest first`, () => {
    let token = {
      hash: 'h0',
      pepperVersion: 1,
      rotatedOut: [] as ReturnType<typeof successionOf>['rotatedOut'],
    };
    for (let i = 1; i <= 7; i += 1)
      token = { hash: `h${i}`, pepperVersion: 1, ...successionOf(token, now, 0) };
    expect(token.rotatedOut.map((secret) => secret.hash)).toEqual(['h6', 'h5', 'h4', 'h3', 'h2']);
  });

  it('counts a replaced secret as ended once its grace and the settle window are over, and as live before', () => {
    const { rotatedOut } = successionOf({ hash: 'h0', pepperVersion: 1 }, now, 60);
    const settle = REUSE_SETTLE_SECONDS * 1_000;
    expect(inGraceSecretsOf({ rotatedOut }, now.getTime() + 59_999)).toHaveLength(1);
    expect(inGraceSecretsOf({ rotatedOut }, now.getTime() + 60_000)).toEqual([]);
    expect(endedSecretsOf({ rotatedOut }, now.getTime() + 60_000 + settle - 1)).toEqual([]);
    expect(endedSecretsOf({ rotatedOut }, now.getTime() + 60_000 + settle)).toHaveLength(1);
  });

  it('lets a token rotate itself once a minute; an admin regenerate does not count', () => {
    const rotatedAt = now.toISOString();
    expect(
      selfRotationWaitSeconds({ rotatedAt, rotatedBy: SELF_ROTATED_BY }, new Date(now.getTime() + 1_000)),
    ).toBe(59);
    expect(
      selfRotationWaitSeconds({ rotatedAt, rotatedBy: SELF_ROTATED_BY }, new Date(now.getTime() + 60_000)),
    ).toBe(0);
    expect(selfRotationWaitSeconds({ rotatedAt, rotatedBy: 'principal' }, now)).toBe(0);
  });
});
