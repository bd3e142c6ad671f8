/**
 * API Gateway's path templates: `{name}` takes one segment, a trailing `{name+}` the rest. Among templates
 * that match, the one with more literal segments first, then fewer greedy ones — as both API Gateway
 * flavours choose the most specific route.
 */

export interface PathMatch {
  readonly template: string;
  readonly parameters: Readonly<Record<string, string>>;
}

const segmentsOf = (path: string): string[] => path.split('/').filter((segment) => segment !== '');

export const matchPath = (template: string, path: string): Record<string, string> | undefined => {
  const expected = segmentsOf(template);
  const actual = segmentsOf(path);
  const parameters: Record<string, string> = {};
  for (let i = 0; i < expected.length; i += 1) {
    const segment = expected[i]!;
    const greedy = /^\{(.+)\+\}$/.exec(segment);
    if (greedy !== null) {
      if (i >= actual.length) return undefined;
      parameters[greedy[1]!] = actual.slice(i).map(decodeURIComponent).join('/');
      return parameters;
    }
    const value = actual[i];
    if (value === undefined) return undefined;
    const parameter = /^\{(.+)\}$/.exec(segment);
    if (parameter !== null) parameters[parameter[1]!] = decodeURIComponent(value);
    else if (segment !== value) return undefined;
  }
  return expected.length === actual.length ? parameters : undefined;
};

const specificity = (template: string): [number, number] => {
  const segments = segmentsOf(template);
  return [
    segments.filter((segment) => !segment.startsWith('{')).length,
    -segments.filter((segment) => segment.endsWith('+}')).length,
  ];
};

/** The most specific of `templates` that matches `path`. */
export const bestMatch = (templates: readonly string[], path: string): PathMatch | undefined => {
  const matches = templates
    .map((template) => ({ template, parameters: matchPath(template, path) }))
    .filter((match): match is PathMatch => match.parameters !== undefined);
  return matches.sort((a, b) => {
    const [literalsA, greedyA] = specificity(a.template);
    const [literalsB, greedyB] = specificity(b.template);
    return literalsB - literalsA || greedyB - greedyA;
  })[0];
};
