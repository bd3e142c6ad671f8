import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
// @ts-expect-error: plain JavaScript, read by esbuild only
import * as bundled from '../../infra/bundling/zod.mjs';

describe('Bundling: the zod entry of the functions', () => {
  it("exports what zod's entry exports, less the locales and the namespace objects that keep every module", () => {
    const missing = Object.keys(zod).filter((name) => !(name in bundled));
    expect(missing.sort()).toEqual(['default', 'locales', 'z']);
    expect(Object.keys(bundled).filter((name) => !(name in zod))).toEqual([]);
  });
});
