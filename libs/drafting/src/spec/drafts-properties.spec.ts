import fc from 'fast-check';
import {
  DEMO_COMPANY_FACTS,
  DEMO_ORGANIZATION,
  DRAFT_TYPES,
  demoDraftInput,
  draftCompleteness,
  generateDraft,
  generateDrafts,
  renderDraftMarkdown,
  renderDraftText,
} from '../index';
import type { CompanyFacts, DraftInput } from '../index';
import { inventedNumbers, slotParagraphShare } from './spec-helpers';

/** Clause numbers in the CG-report headings (3-1③, 4-2②), section numbers, and the date of TSE's request (2023年3月) in the PBR < 1 text. */
const HEADING_NUMBERS = ['3', '1', '4', '2', '3.1', '4.2', '5', '6', '2023'];
const IMPLEMENTED = DRAFT_TYPES.filter((t) => {
  try {
    generateDraft(t, 'ja', demoDraftInput());
    return true;
  } catch {
    return false;
  }
});

/** Replaces every number in a JSON-like value by the next one from `pool` (cycling). */
function reNumber<T>(value: T, pool: readonly number[]): T {
  let i = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'number') return pool[i++ % pool.length];
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

describe('drafts: determinism and honesty', () => {
  it('implements every draft type', () => {
    expect(IMPLEMENTED).toEqual([...DRAFT_TYPES]);
  });

  it('gives the same drafts for the same input', () => {
    const a = generateDrafts(demoDraftInput());
    const b = generateDrafts(demoDraftInput());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.map(renderDraftMarkdown)).toEqual(b.map(renderDraftMarkdown));
  });

  it('does not depend on the clock', () => {
    const realNow = Date.now;
    const a = JSON.stringify(generateDrafts(demoDraftInput()));
    Date.now = () => 0;
    try {
      expect(JSON.stringify(generateDrafts(demoDraftInput()))).toBe(a);
    } finally {
      Date.now = realNow;
    }
  });

  it('puts no number in the demo drafts that is not in the inputs', () => {
    const input = demoDraftInput();
    for (const d of generateDrafts(input))
      expect({ type: d.type, lang: d.language, invented: inventedNumbers(d, input, HEADING_NUMBERS) }).toEqual({
        type: d.type,
        lang: d.language,
        invented: [],
      });
  });

  it('never invents a number, whatever the figures (property)', () => {
    const base = demoDraftInput();
    const amounts = [
      'm0.revenue',
      'm0.rd-expense',
      'm0.book-equity',
      'm0.market-cap',
      'm0.recognised-intangibles',
      'm0.goodwill',
      'm5.ip-cost',
      'm5.brand-data-investment',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 987_654 }), { minLength: 8, maxLength: 40 }),
        fc.array(fc.integer({ min: 100, max: 900_000 }), { minLength: amounts.length, maxLength: amounts.length }),
        fc.integer({ min: 0, max: 40 }),
        (pool, figures, boardCount) => {
          const answers: Record<string, unknown> = { ...base.answers, 'm6.board-discussions': boardCount };
          amounts.forEach((id, i) => (answers[id] = figures[i]));
          const input: DraftInput = {
            ...base,
            answers: answers as DraftInput['answers'],
            facts: reNumber<CompanyFacts>(DEMO_COMPANY_FACTS, pool),
          };
          for (const d of generateDrafts(input)) {
            const invented = inventedNumbers(d, input, HEADING_NUMBERS);
            if (invented.length > 0) throw new Error(`${d.type}/${d.language} invented ${invented.join(', ')}`);
          }
        },
      ),
      { numRuns: 25, seed: 20261130 },
    );
  });

  it('is mostly slots for an empty assessment, and says so', () => {
    const empty: DraftInput = { organization: DEMO_ORGANIZATION, answers: {}, asOf: '2026-06-30' };
    for (const d of generateDrafts(empty)) {
      const c = draftCompleteness(d);
      expect({
        type: d.type,
        lang: d.language,
        share: slotParagraphShare(d) >= 0.7,
        mostlySlots: c.mostlySlots,
        complete: c.complete,
      }).toEqual({
        type: d.type,
        lang: d.language,
        share: true,
        mostlySlots: true,
        complete: false,
      });
      expect(c.missing.length).toBeGreaterThan(0);
      for (const m of c.missing) expect(m.questionId ?? m.factKey).toBeTruthy();
    }
  });

  it('renders slots visibly in text and Markdown', () => {
    const empty: DraftInput = { organization: DEMO_ORGANIZATION, answers: {}, asOf: '2026-06-30' };
    const ja = generateDraft('cg-report', 'ja', empty);
    const en = generateDraft('cg-report', 'en', empty);
    expect(renderDraftText(ja)).toMatch(/【要記入：[^】]+】/);
    expect(renderDraftText(en)).toMatch(/\[To be completed: [^\]]+\]/);
    expect(renderDraftMarkdown(ja)).toMatch(/\*\*【要記入：[^】]+】\*\*/);
    expect(renderDraftMarkdown(en)).toMatch(/^# Corporate governance report draft/);
  });

  it('rejects a malformed asOf date', () => {
    expect(() => generateDraft('cg-report', 'ja', { ...demoDraftInput(), asOf: '30/06/2026' })).toThrow(/asOf/);
  });
});
