import type { Statement } from './model.js';

/**
 * IAM's evaluation of identity policies, as far as Keyward's roles use it: an explicit Deny wins, else an
 * Allow whose actions, resources and conditions all match, else the implicit deny. Action and resource
 * patterns take `*` and `?`; conditions take the String operators with the `ForAllValues:` and
 * `ForAnyValue:` set qualifiers (how `dynamodb:LeadingKeys` is used).
 */

/** Condition keys of a request and their values, e.g. `dynamodb:LeadingKeys` → the partition keys read. */
export type RequestContext = Readonly<Record<string, readonly string[]>>;

const patternOf = (pattern: string, ignoreCase: boolean): RegExp =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) =>
        part
          .split('?')
          .map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.'),
      )
      .join('.*')}$`,
    ignoreCase ? 'i' : '',
  );

/** Whether `value` matches one of IAM's `*`/`?` patterns (resources and ARNs case-sensitively, as IAM does). */
export const matchesAny = (
  patterns: string | readonly string[],
  value: string,
  ignoreCase = false,
): boolean => [patterns].flat().some((pattern) => patternOf(pattern, ignoreCase).test(value));

type StringTest = (expected: readonly string[], value: string) => boolean;

const STRING_OPERATORS: Record<string, StringTest> = {
  StringEquals: (expected, value) => expected.includes(value),
  StringNotEquals: (expected, value) => !expected.includes(value),
  StringLike: (expected, value) => expected.some((pattern) => patternOf(pattern, false).test(value)),
  StringNotLike: (expected, value) => !expected.some((pattern) => patternOf(pattern, false).test(value)),
  StringEqualsIgnoreCase: (expected, value) =>
    expected.some((item) => item.toLowerCase() === value.toLowerCase()),
};

/** Whether one condition block (operator → key → values) holds for the request. */
const conditionHolds = (
  operator: string,
  key: string,
  expected: string | string[],
  request: RequestContext,
) => {
  const [qualifier, name] = operator.includes(':') ? operator.split(':') : [undefined, operator];
  const test = STRING_OPERATORS[name!];
  if (test === undefined) throw new Error(`The IAM condition operator ${operator} is not emulated`);
  const values = [expected].flat();
  const actual = request[key];
  if (qualifier === 'ForAllValues') return (actual ?? []).every((value) => test(values, value));
  if (qualifier === 'ForAnyValue') return (actual ?? []).some((value) => test(values, value));
  // A single-valued key that is absent matches no positive operator.
  if (actual === undefined || actual.length === 0) return name!.includes('Not');
  return actual.every((value) => test(values, value));
};

const statementApplies = (statement: Statement, action: string, resource: string, request: RequestContext) =>
  matchesAny(statement.Action, action, true) &&
  matchesAny(statement.Resource, resource) &&
  Object.entries(statement.Condition ?? {}).every(([operator, keys]) =>
    Object.entries(keys).every(([key, expected]) => conditionHolds(operator, key, expected, request)),
  );

/** Whether `statements` allow `action` on `resource` for a request with these condition keys. */
export const isAllowed = (
  statements: readonly Statement[],
  action: string,
  resource: string,
  request: RequestContext = {},
): boolean => {
  const applying = statements.filter((statement) => statementApplies(statement, action, resource, request));
  return (
    !applying.some((statement) => statement.Effect === 'Deny') && applying.some((s) => s.Effect === 'Allow')
  );
};
