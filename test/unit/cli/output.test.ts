import { describe, expect, it } from 'vitest';
import { createOutput, table } from '../../../cli/output.js';

describe('CLI tables', () => {
  it('print a name as text: controls and reordering marks are written out, never sent to the terminal', () => {
    const out = createOutput({}, { stdout: { isTTY: false }, stderr: {} } as never, {});
    const printed = table(
      [
        { name: 'evil\u001b]0;owned\u0007\u001b[2J' },
        { name: 'invoice\u202efdp.exe' },
        { name: 'nul\u0000' },
      ],
      [['NAME', (row) => row.name]],
      out,
    );
    expect(printed).toBe(
      ['NAME', 'evil\\u{1b}]0;owned\\u{7}\\u{1b}[2J', 'invoice\\u{202e}fdp.exe', 'nul\\u{0}'].join('\n'),
    );
  });
});
