import { AssemblyError } from './assembly.js';

/**
 * CloudFormation's intrinsic functions, resolved as a deployment would resolve them: the values a function's
 * environment, a role's policy or an output holds once its stack exists.
 */

export interface IntrinsicContext {
  readonly stackName: string;
  readonly region: string;
  readonly accountId: string;
  /** `Ref` of a resource or parameter of this stack. */
  ref(logicalId: string): string;
  /** `Fn::GetAtt` of a resource of this stack. */
  getAtt(logicalId: string, attribute: string): string;
  /** `Fn::ImportValue`: an export of a stack deployed before. */
  importValue(name: string): string;
}

/** `Fn::If` and conditions are never written by Keyward's stacks: a template using them is refused. */
const NO_VALUE = Symbol('AWS::NoValue');

const pseudoParameter = (name: string, context: IntrinsicContext): string | typeof NO_VALUE | undefined =>
  (<Record<string, string | typeof NO_VALUE>>{
    'AWS::Region': context.region,
    'AWS::AccountId': context.accountId,
    'AWS::Partition': 'aws',
    'AWS::URLSuffix': 'amazonaws.com',
    'AWS::StackName': context.stackName,
    'AWS::StackId': `arn:aws:cloudformation:${context.region}:${context.accountId}:stack/${context.stackName}/local`,
    'AWS::NoValue': NO_VALUE,
  })[name];

const asString = (value: unknown, where: string): string => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new AssemblyError(`${where} expects a string, got ${JSON.stringify(value)}`);
};

const substitute = (text: string, variables: Record<string, unknown>, context: IntrinsicContext): string =>
  text.replace(/\$\{([^}!][^}]*)\}/g, (_, name: string) => {
    if (name in variables) return asString(variables[name], `Fn::Sub variable ${name}`);
    const pseudo = pseudoParameter(name, context);
    if (typeof pseudo === 'string') return pseudo;
    const [logicalId, ...attribute] = name.split('.');
    return attribute.length === 0 ? context.ref(logicalId!) : context.getAtt(logicalId!, attribute.join('.'));
  });

type Intrinsic = (argument: unknown, context: IntrinsicContext) => unknown;

const INTRINSICS: Record<string, Intrinsic> = {
  Ref: (name, context) => {
    const pseudo = pseudoParameter(asString(name, 'Ref'), context);
    return pseudo ?? context.ref(name as string);
  },
  'Fn::GetAtt': (argument, context) => {
    const [logicalId, ...attribute] = Array.isArray(argument)
      ? (argument.map((part) => asString(resolve(part, context), 'Fn::GetAtt')) as string[])
      : asString(argument, 'Fn::GetAtt').split('.');
    return context.getAtt(logicalId!, attribute.join('.'));
  },
  'Fn::Join': (argument, context) => {
    const [separator, parts] = argument as [string, unknown];
    const values = resolve(parts, context) as unknown[];
    return values.map((part) => asString(part, 'Fn::Join')).join(separator);
  },
  'Fn::Sub': (argument, context) => {
    if (typeof argument === 'string') return substitute(argument, {}, context);
    const [text, variables] = argument as [string, Record<string, unknown>];
    return substitute(text, resolve(variables, context) as Record<string, unknown>, context);
  },
  'Fn::Select': (argument, context) => {
    const [index, list] = resolve(argument, context) as [number | string, unknown[]];
    return list[Number(index)];
  },
  'Fn::Split': (argument, context) => {
    const [separator, text] = resolve(argument, context) as [string, string];
    return text.split(separator);
  },
  'Fn::ImportValue': (name, context) =>
    context.importValue(asString(resolve(name, context), 'Fn::ImportValue')),
  'Fn::Base64': (text, context) =>
    Buffer.from(asString(resolve(text, context), 'Fn::Base64')).toString('base64'),
};

/** `value` with every intrinsic function in it replaced by its result; `AWS::NoValue` drops the key. */
export const resolve = (value: unknown, context: IntrinsicContext): unknown => {
  if (Array.isArray(value)) {
    return value.map((item) => resolve(item, context)).filter((item) => item !== NO_VALUE);
  }
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  if (entries.length === 1) {
    const [name, argument] = entries[0]!;
    const intrinsic = INTRINSICS[name];
    if (intrinsic !== undefined) return intrinsic(argument, context);
    if (name.startsWith('Fn::') || name === 'Condition') {
      throw new AssemblyError(`The template uses ${name}, which this emulation cannot run`);
    }
  }
  const resolved: Record<string, unknown> = {};
  for (const [key, item] of entries) {
    const result = resolve(item, context);
    if (result !== NO_VALUE) resolved[key] = result;
  }
  return resolved;
};

/** `value` resolved, as a string. */
export const resolveString = (value: unknown, context: IntrinsicContext, where: string): string =>
  asString(resolve(value, context), where);
