import { allMessagesEn, allMessagesJa } from './all-messages';

function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') {
    out.set(prefix, value);
    return out;
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

describe('UI messages', () => {
  const ja = leaves(allMessagesJa);
  const en = leaves(allMessagesEn);

  it('has the same keys in Japanese and English', () => {
    expect([...en.keys()].sort()).toEqual([...ja.keys()].sort());
    expect(ja.size).toBeGreaterThan(150);
  });

  it('has no empty texts and keeps the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, jaText] of ja) {
      const enText = en.get(key) ?? '';
      expect({ key, empty: jaText.trim() === '' || enText.trim() === '' }).toEqual({ key, empty: false });
      // The month label is the one deliberate difference: "3月" vs "March".
      if (key !== 'organization.profile.month')
        expect({ key, vars: vars(enText) }).toEqual({ key, vars: vars(jaText) });
    }
  });

  it('writes the Japanese texts in Japanese', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const exceptions = new Set(['languages.en']);
    // Texts without words (e.g. "https://" or "{{score}} / 100") are language-neutral.
    const hasWords = (text: string) =>
      /[A-Za-z]{4,}|[\u3040-\u30ff\u4e00-\u9fff]/.test(
        text.replace(/\{\{\w+\}\}/g, '').replace(/^https?:\/\/\S*$/, ''),
      );
    for (const [key, text] of ja) {
      if (!exceptions.has(key) && hasWords(text))
        expect({ key, japanese: japanese.test(text) }).toEqual({ key, japanese: true });
    }
  });
});
