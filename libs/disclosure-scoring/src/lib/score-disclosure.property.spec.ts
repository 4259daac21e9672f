import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { scoreDisclosure } from './score-disclosure';
import { BOILERPLATE_EN, BOILERPLATE_JA } from './test-helpers';

// Building blocks: specific sentences (Japanese and English) plus boilerplate, combined at random.
const SPECIFIC = [
  '当社の半導体材料事業では、高純度化技術に関する特許約1,200件が主力製品を支えています。',
  '特許により競合の参入障壁を築き、営業利益率20%を維持しています。',
  '知財戦略委員会を年4回開催し、取締役会に報告しています。',
  '研究開発費は3年間で累計900億円を投じています。',
  '2024年に知財説明会を開催し、投資家の意見を踏まえて開示を見直しました。',
  '主要製品の特許カバー率は92%です。',
  'IPランドスケープで競合3社の出願動向を分析し、2023年に電池材料分野への参入を決定しました。',
  'The IP Strategy Committee meets quarterly and reports to the Board of Directors.',
  'Patent licensing income reached ¥12 billion in FY2024.',
  'Our Healthcare segment relies on patents covering the Xylo device, which gives us a 40% market share.',
];
const BOILER = [...BOILERPLATE_JA, ...BOILERPLATE_EN];
const ANY = [...SPECIFIC, ...BOILER];

const passage = fc.array(fc.constantFrom(...ANY), { minLength: 1, maxLength: 8 }).map((xs) => xs.join('\n'));
const boilerplate = fc.array(fc.constantFrom(...BOILER), { minLength: 1, maxLength: 6 }).map((xs) => xs.join('\n'));
const anyText = fc.oneof(
  passage,
  fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim().length > 0),
);

describe('scoreDisclosure properties', () => {
  it('scores are in range and spans are valid for arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const r = scoreDisclosure(t);
        expect(r.overall).toBeGreaterThanOrEqual(0);
        expect(r.overall).toBeLessThanOrEqual(100);
        for (const c of r.criteria) {
          expect([0, 1, 2, 3]).toContain(c.score);
          for (const e of c.evidence) expect(t.slice(e.start, e.end)).toBe(e.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        expect(scoreDisclosure(t)).toEqual(scoreDisclosure(t));
      }),
      { numRuns: 100 },
    );
  });

  it('appending boilerplate never increases the overall score', () => {
    fc.assert(
      fc.property(passage, boilerplate, (p, b) => {
        const before = scoreDisclosure(p).overall;
        expect(scoreDisclosure(`${p}\n${b}`).overall).toBeLessThanOrEqual(before);
        expect(scoreDisclosure(`${p}${b}`).overall).toBeLessThanOrEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('saying a passage twice scores the same as once', () => {
    fc.assert(
      fc.property(passage, (p) => {
        const once = scoreDisclosure(p);
        const twice = scoreDisclosure(`${p}\n${p}`);
        expect(twice.overall).toBe(once.overall);
        expect(twice.criteria.map((c) => c.score)).toEqual(once.criteria.map((c) => c.score));
      }),
      { numRuns: 200 },
    );
  });
});

// The same invariances on the real public disclosures of the evaluation set.
describe('invariances on real disclosures (eval set)', () => {
  const data = JSON.parse(readFileSync(join(__dirname, '../../eval/passages.json'), 'utf8')) as {
    passages: { id: string; language: string; text: string }[];
  };

  it.each(data.passages.map((p) => [p.id, p] as const))(
    '%s: padding never raises, repeating changes nothing',
    (_id, p) => {
      const base = scoreDisclosure(p.text);
      const pad = (p.language === 'ja' ? BOILERPLATE_JA : BOILERPLATE_EN).join('\n');
      expect(scoreDisclosure(`${p.text}\n${pad}`).overall).toBeLessThanOrEqual(base.overall);
      expect(scoreDisclosure(`${p.text}\n\n${p.text}`).overall).toBe(base.overall);
    },
  );
});
