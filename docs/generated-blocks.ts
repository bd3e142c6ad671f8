/**
 * Rewrites every generated block of a document: the lines between `<!-- generated:name -->` and
 * `<!-- /generated:name -->`, indented as the opening marker is (so a block may sit inside a list item).
 */
export const rewriteGeneratedBlocks = (
  text: string,
  blocks: Readonly<Record<string, () => string>>,
  document: string,
): string => {
  let out = text;
  for (const [name, render] of Object.entries(blocks)) {
    const start = `<!-- generated:${name} -->`;
    const end = `<!-- /generated:${name} -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from === -1 || to < from) throw new Error(`${document} lacks the ${start} … ${end} block`);
    const indent = out.slice(out.lastIndexOf('\n', from) + 1, from);
    const body = render()
      .split('\n')
      .map((line) => (line === '' ? line : `${indent}${line}`))
      .join('\n');
    out = `${out.slice(0, from + start.length)}\n${body}\n${indent}${out.slice(to)}`;
  }
  return out;
};
