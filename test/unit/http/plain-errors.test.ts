import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { displayName } from '../../../shared/http/schemas/common.js';

const messagesOf = (schema: z.ZodType, input: unknown) =>
  schema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('Field errors in plain words', () => {
  it('says what is wrong as a person would', () => {
    expect(messagesOf(displayName, '   ')).toEqual([': must not be empty']);
    const body = z.strictObject({
      name: displayName,
      limit: z.number().max(3),
      type: z.enum(['read-only', 'full-access']),
      hosts: z.array(z.string()).min(1),
    });
    expect(messagesOf(body, { limit: 5, type: 'admin', hosts: [], extra: 1 })).toEqual([
      'name: is required',
      'limit: must be at most 3',
      'type: must be one of: "read-only", "full-access"',
      'hosts: must have at least 1 item',
      ': is not a field here: extra',
    ]);
    expect(messagesOf(z.object({ n: z.number() }), { n: 'x' })).toEqual(['n: must be a number']);
  });

  it("keeps a schema's own message", () => {
    expect(messagesOf(z.string().min(12, 'must be at least 12 characters long'), 'x')).toEqual([
      ': must be at least 12 characters long',
    ]);
  });
});
