import { scoreDisclosure, type DisclosureSummary } from '@ipgn/disclosure-scoring';
import { compareScoredTexts, type ScoredText } from './compare-scored-texts';

// Our own sentences about an invented business.
const NAMED = '当社の電池材料事業では、正極材の焼成技術に関する特許群が車載電池向け製品の売上高を支えています。';
const VAGUE = '当社は知的財産を重要な経営資源と認識し、適切な管理に努めています。';

function scored(id: string, title: string, text: string, createdAt: string): ScoredText {
  const result = scoreDisclosure(text, { documentType: 'integrated_report' });
  const summary = { id, title, createdAt } as unknown as DisclosureSummary;
  return { title, text, createdAt: new Date(createdAt), overall: result.overall, result, summary };
}

describe('compareScoredTexts', () => {
  it('puts the older document first and diffs the sentences exactly for ordinary texts', () => {
    const older = scored('a', '2025年度 統合報告書', VAGUE, '2026-12-02T00:00:00Z');
    const newer = scored('b', '2026年度 統合報告書', `${VAGUE}${NAMED}`, '2026-12-01T00:00:00Z');
    const cmp = compareScoredTexts(newer, older);
    expect([cmp.from.id, cmp.to.id]).toEqual(['a', 'b']);
    expect(cmp.textDiffApproximate).toBe(false);
    expect(cmp.textDiff).toEqual([
      { op: 'equal', sentences: [VAGUE] },
      { op: 'added', sentences: [NAMED] },
    ]);
    expect(compareScoredTexts(newer, older, 'given').from.id).toBe('b');
  });

  it('shows two long texts that differ throughout whole, marked approximate, instead of searching for a diff', () => {
    const a = NAMED.repeat(Math.ceil(100_000 / NAMED.length)).slice(0, 100_000);
    const b = `${VAGUE}${NAMED}`.repeat(2_000).slice(0, 100_000);
    const cmp = compareScoredTexts(
      scored('a', 'A', a, '2026-12-01T00:00:00Z'),
      scored('b', 'B', b, '2026-12-02T00:00:00Z'),
    );
    expect(cmp.textDiffApproximate).toBe(true);
    expect(cmp.textDiff.map((c) => c.op)).toEqual(['removed', 'added']);
  });
});
