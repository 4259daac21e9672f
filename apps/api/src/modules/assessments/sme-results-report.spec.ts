import { buildSmeReport } from '@ipgn/assessment';
import { smeResultsReport } from './sme-results-report';

describe('smeResultsReport (the SME results PDF model)', () => {
  const report = buildSmeReport({
    answers: {
      'sme-strengths.why-customers': '短い納期',
      'sme-deals.drawing-requests': 'often',
      'sme-deals.drawing-terms': 'free',
    },
    profile: { listingStatus: 'unlisted', companySize: 'sme' },
    prefecture: '23',
  });
  const model = smeResultsReport(report, '株式会社山田製作所', 'ja', new Date('2026-12-01T03:00:00Z'));
  const all = JSON.stringify(model.blocks);

  it('carries the owner’s words, the three steps and the prefecture’s free help', () => {
    expect(all).toContain('短い納期');
    const steps = model.blocks.filter((b) => b.kind === 'heading' && b.level === 3 && /^[123]\. /.test(b.text));
    expect(steps).toHaveLength(3);
    expect(model.blocks).toContainEqual({ kind: 'heading', level: 1, text: '愛知県で無料で相談できる窓口' });
    expect(model.header).toEqual(['株式会社山田製作所', '出力日: 2026年12月1日']);
  });

  it('has no listed-company metric or score', () => {
    for (const listed of ['PBR', '時価総額', '2035', '総合スコア', '取締役会', 'high'])
      expect(all).not.toContain(listed);
  });
});
