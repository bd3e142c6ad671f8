import * as z from 'zod';

/**
 * Field errors in plain words, for every schema that names no message of its own: "must not be empty"
 * rather than zod's "Too small: expected string to have >=1 characters". The API's 422 details, the CLI
 * and the console all show these. A schema's own message (`.min(12, '…')`, a refinement's) still wins:
 * zod consults this only when a schema gives none.
 */

const plural = (count: number | bigint, one: string) => `${count} ${one}${Number(count) === 1 ? '' : 's'}`;

type Issue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

export const plainMessageOf = (issue: Issue): string | undefined => {
  switch (issue.code) {
    case 'too_small': {
      const { minimum, origin } = issue as { minimum: number | bigint; origin: string };
      if (origin === 'string')
        return Number(minimum) === 1
          ? 'must not be empty'
          : `must be at least ${plural(minimum, 'character')}`;
      if (origin === 'array' || origin === 'set') return `must have at least ${plural(minimum, 'item')}`;
      return `must be at least ${minimum}`;
    }
    case 'too_big': {
      const { maximum, origin } = issue as { maximum: number | bigint; origin: string };
      if (origin === 'string') return `must be at most ${plural(maximum, 'character')}`;
      if (origin === 'array' || origin === 'set') return `must have at most ${plural(maximum, 'item')}`;
      return `must be at most ${maximum}`;
    }
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${article(String(issue.expected))}`;
    case 'unrecognized_keys':
      return `is not a field here: ${(issue as { keys: string[] }).keys.join(', ')}`;
    case 'invalid_value':
      return `must be one of: ${(issue as { values: unknown[] }).values.map((value) => JSON.stringify(value)).join(', ')}`;
    default:
      return undefined;
  }
};

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

z.config({ customError: plainMessageOf });
