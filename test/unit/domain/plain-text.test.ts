import { describe, expect, it } from 'vitest';
import { escapeUnsafe, isPlainProse, isPlainText } from '../../../shared/domain/plain-text.js';

describe('plain text', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['an ESC sequence', '\u001b[31mred'],
    ['DEL', 'a\u007f'],
    ['a C1 control (CSI)', 'a\u009b2J'],
    ['a right-to-left override', 'invoice\u202efdp.exe'],
    ['a left-to-right isolate', 'a\u2066b'],
    ['a right-to-left mark', 'a\u200fb'],
    ['a line break in a name', 'a\nb'],
  ])('refuses %s in a name', (_, text) => {
    expect(isPlainText(text)).toBe(false);
  });

  it('accepts the words people write, in any script, with their own direction', () => {
    for (const text of ['CMS sync', 'Déploiement – prod', 'مرحبا', 'שלום', '日本語のトークン', 'emoji 🔑']) {
      expect(isPlainText(text), text).toBe(true);
    }
  });

  it('lets a description break lines, and nothing else a terminal acts on', () => {
    expect(isPlainProse('line one\nline two\r\n\tindented')).toBe(true);
    expect(isPlainProse('a\u001b[2J')).toBe(false);
    expect(isPlainProse('a\u202eb')).toBe(false);
  });

  it('writes out what it refuses, so printing one shows what it is', () => {
    expect(escapeUnsafe('ok\u001b[0m\u202e\u0000')).toBe('ok\\u{1b}[0m\\u{202e}\\u{0}');
    expect(escapeUnsafe('plain')).toBe('plain');
  });
});
