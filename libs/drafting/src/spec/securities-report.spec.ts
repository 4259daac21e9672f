import { DEMO_ORGANIZATION, demoDraftInput, draftCompleteness, generateDraft, renderDraftText } from '../index';

describe('securities-report draft', () => {
  it('has the four elements of the sustainability section with IP facts', () => {
    const draft = generateDraft('securities-report', 'ja', demoDraftInput());
    expect(draft.sections.map((s) => s.id)).toEqual(['governance', 'strategy', 'risk-management', 'metrics-targets']);
    const text = renderDraftText(draft);
    expect(text).toContain('知財・無形資産戦略委員会が四半期ごとに評価し、重要なものを取締役会に報告しています');
    expect(text).toContain('技術者の退職に伴うSiCプロセスノウハウの流出に対しては、アクセス権限を限定し、退職時に秘密保持誓約を取得しています。');
    expect(text).toContain('主要製品の特許カバー率は、2028年度に90%とする目標に対し、2025年度の実績は78%です（2023年度は70%）。');
    expect(draftCompleteness(draft).complete).toBe(true);
  });

  it('falls back on the assessment answers for risk handling when no risks are given', () => {
    const input = demoDraftInput();
    const text = renderDraftText(generateDraft('securities-report', 'en', { ...input, facts: { ...input.facts, risks: [] } }));
    expect(text).toContain('we have a procedure to check others’ patents and trademarks from the development stage');
    expect(text).toContain('Know-how that must stay secret is protected by confidentiality terms');
  });

  it('is mostly slots from an empty assessment', () => {
    const c = draftCompleteness(generateDraft('securities-report', 'en', { organization: DEMO_ORGANIZATION, answers: {}, asOf: '2026-06-30' }));
    expect(c.paragraphsWithSlots / c.paragraphs).toBeGreaterThanOrEqual(0.7);
    expect(c.missing.map((m) => m.slotId)).toEqual(expect.arrayContaining(['securities-report.risks', 'common.kpis']));
  });
});
