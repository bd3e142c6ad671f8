/**
 * An UpdateItem expression for a set of attribute changes: values are set, `undefined` values removed, and
 * increments added to what the item holds when the write lands (so racing increments all count). Names and
 * values are placeholders, so any attribute name is safe, reserved words included.
 */
export interface AttributeUpdate {
  readonly UpdateExpression: string;
  readonly ExpressionAttributeNames: Record<string, string>;
  readonly ExpressionAttributeValues: Record<string, unknown>;
}

export const attributeUpdateOf = (
  changes: Readonly<Record<string, unknown>>,
  increments: Readonly<Record<string, number>> = {},
): AttributeUpdate => {
  const names = [...Object.keys(changes), ...Object.keys(increments)];
  const set = Object.keys(changes).filter((name) => changes[name] !== undefined);
  const remove = Object.keys(changes).filter((name) => changes[name] === undefined);
  const attribute = (name: string) => `#f${names.indexOf(name)}`;
  const value = (name: string) => `:v${names.indexOf(name)}`;
  const setClauses = [
    ...set.map((name) => `${attribute(name)} = ${value(name)}`),
    ...Object.keys(increments).map((name) => `${attribute(name)} = ${attribute(name)} + ${value(name)}`),
  ];
  return {
    UpdateExpression: [
      ...(setClauses.length === 0 ? [] : [`SET ${setClauses.join(', ')}`]),
      ...(remove.length === 0 ? [] : [`REMOVE ${remove.map(attribute).join(', ')}`]),
    ].join(' '),
    ExpressionAttributeNames: Object.fromEntries(names.map((name) => [attribute(name), name])),
    ExpressionAttributeValues: {
      ...Object.fromEntries(set.map((name) => [value(name), changes[name]])),
      ...Object.fromEntries(Object.entries(increments).map(([name, by]) => [value(name), by])),
    },
  };
};
