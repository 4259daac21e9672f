import { DEMO_ORGANIZATION, demoDraftInput, draftCompleteness, generateDraft, renderDraftText } from '../index';

describe('securities-report draft', () => {
  it('has the four elements of the sustainability section with IP facts', () => {
    const draft = generateDraft('securities-report', 'ja', demoDraftInput());
    expect(draft.sections.map((s) => s.id)).toEqual(['governance', 'strategy', 'risk-management', 'metrics-targets']);
    const text = renderDraftText(draft);
    // The committee as entered; no risk-assessment duty or reporting line that was not entered.
    expect(text).toContain('知財・無形資産戦略委員会（議長：社長）を四半期ごとに開催');
    expect(text).not.toContain('重要なものを取締役会に報告');
    expect(text).toContain(
      '技術者の退職に伴うSiCプロセスノウハウの流出というリスクについては、アクセス権限を限定し、退職時に秘密保持誓約を取得しています。',
    );
    expect(text).toContain('主要製品の特許カバー率（2024年3月期70%、2026年3月期実績78%、2029年3月期目標90%）');
    expect(draftCompleteness(draft).complete).toBe(true);
  });

  it('falls back on the assessment answers for risk handling when no risks are given', () => {
    const input = demoDraftInput();
    const text = renderDraftText(
      generateDraft('securities-report', 'en', { ...input, facts: { ...input.facts, risks: [] } }),
    );
    // Level 4 answers (sample answers) get the level-4 wording; level 3 would get its own (matrix-claims.spec).
    expect(text).toContain('we check others’ patents and trademarks from early development');
    expect(text).toContain('A policy decides what we patent and what we keep secret');
  });

  it('is mostly slots from an empty assessment', () => {
    const c = draftCompleteness(
      generateDraft('securities-report', 'en', { organization: DEMO_ORGANIZATION, answers: {}, asOf: '2026-06-30' }),
    );
    expect(c.paragraphsWithSlots / c.paragraphs).toBeGreaterThanOrEqual(0.7);
    expect(c.missing.map((m) => m.slotId)).toEqual(
      expect.arrayContaining(['common.risks', 'common.kpis', 'common.owner']),
    );
  });
});
