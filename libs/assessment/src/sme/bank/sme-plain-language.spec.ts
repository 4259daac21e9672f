import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalizedText } from '../../i18n/localized-text';
import { getBank, questionsForTrack } from '../../bank/question-bank';
import { Question } from '../../bank/question';
import { defined } from '../../testing/defined';

// The rules and the word list live in docs/plain-language.md; this test reads them from there.
const DOC = readFileSync(join(__dirname, '../../../../../docs/plain-language.md'), 'utf8');
const VOCABULARY = defined(DOC.split('<!-- vocabulary:start -->')[1]?.split('<!-- vocabulary:end -->')[0])
  .split('\n')
  .map((l) => l.replace(/^-\s*/, '').trim())
  .filter((l) => l.length > 0);
const MAX_JA_SENTENCE = 60;
const MAX_EN_WORDS = 30;

function texts(q: Question): { where: string; text: LocalizedText }[] {
  const out = [
    { where: 'prompt', text: q.prompt },
    { where: 'help', text: q.help },
  ];
  if (q.type === 'single' || q.type === 'multiple')
    for (const o of q.options) out.push({ where: `option ${o.id}`, text: o.label });
  if (q.type === 'maturity') q.levels.forEach((l, i) => out.push({ where: `level ${i}`, text: l }));
  return out;
}

function uses(text: string, word: string): boolean {
  if (/^[\x20-\x7e]+$/.test(word))
    return new RegExp(`(^|[^A-Za-z])${word.replace(/ /g, '\\s+')}($|[^A-Za-z])`, 'i').test(text);
  return text.includes(word);
}

describe('SME track plain language (docs/plain-language.md)', () => {
  const sme = questionsForTrack('sme');
  const glossary = defined(getBank()).glossary;

  it('reads a non-trivial vocabulary list from the docs file', () => {
    expect(VOCABULARY).toEqual(
      expect.arrayContaining(['部門', '取締役会', '経営陣', 'KPI', 'IR', '投資家', 'FTO', '百万円']),
    );
  });

  it('is about 20 questions', () => {
    expect(sme.length).toBeGreaterThanOrEqual(18);
    expect(sme.length).toBeLessThanOrEqual(24);
  });

  it('uses no listed-company vocabulary in any prompt, help, option or level', () => {
    const hits: string[] = [];
    for (const q of sme)
      for (const { where, text } of texts(q))
        for (const w of VOCABULARY) if (uses(text.ja, w) || uses(text.en, w)) hits.push(`${q.id} ${where}: ${w}`);
    expect(hits).toEqual([]);
  });

  it(`keeps Japanese sentences within ${MAX_JA_SENTENCE} characters and English ones within ${MAX_EN_WORDS} words`, () => {
    const long: string[] = [];
    for (const q of sme)
      for (const { where, text } of texts(q)) {
        for (const s of text.ja.split(/[。？！]/))
          if (s.trim().length > MAX_JA_SENTENCE) long.push(`${q.id} ${where} ja (${s.trim().length}): ${s}`);
        for (const s of text.en.split(/[.?!](\s|$)/))
          if (s.trim().split(/\s+/).length > MAX_EN_WORDS) long.push(`${q.id} ${where} en: ${s}`);
      }
    expect(long).toEqual([]);
  });

  it('explains inline every glossary term a question uses, and defines every term it lists', () => {
    const missing: string[] = [];
    for (const q of sme) {
      const all = texts(q)
        .map((x) => `${x.text.ja} ${x.text.en}`)
        .join(' ');
      for (const term of glossary)
        if (term.aliases.some((a) => uses(all, a)) && !(q.glossary ?? []).includes(term.id))
          missing.push(`${q.id}: ${term.id}`);
      for (const id of q.glossary ?? [])
        if (!glossary.some((g) => g.id === id)) missing.push(`${q.id}: undefined term ${id}`);
    }
    expect(missing).toEqual([]);
  });

  it('explains 営業秘密 with its three requirements and 商標 inline', () => {
    const secret = defined(glossary.find((g) => g.id === 'trade-secret'));
    for (const req of ['秘密管理性', '有用性', '非公知性']) expect(secret.definition.ja).toContain(req);
    const used = new Set(sme.flatMap((q) => q.glossary ?? []));
    expect([...used]).toEqual(expect.arrayContaining(['trade-secret', 'trademark', 'nda', 'ip-trade-guideline']));
  });

  it('speaks in the owner’s words and amounts in 万円', () => {
    const all = sme.flatMap((q) => texts(q).map((x) => x.text.ja)).join('\n');
    for (const w of ['社長', 'お客様', '目に見えない強み', '万円']) expect(all).toContain(w);
  });
});
