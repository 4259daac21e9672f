import {
  DEMO_COMPANY_FACTS,
  DEMO_ORGANIZATION,
  demoDraftInput,
  draftCompleteness,
  generateDraft,
  renderDraftText,
} from '../index';
import type { DraftInput } from '../index';

const EMPTY: DraftInput = { organization: DEMO_ORGANIZATION, answers: {}, asOf: '2026-06-30' };

describe('CG report draft', () => {
  it('covers both supplementary principles with facts from the inputs (ja)', () => {
    const draft = generateDraft('cg-report', 'ja', demoDraftInput());
    expect(draft.sections.map((s) => s.id)).toEqual(['sp-3-1-3', 'sp-4-2-2']);
    const text = renderDraftText(draft);
    // Amounts from the answers (m0.rd-expense, m5.ip-cost) and the board count (m6.board-discussions = 4).
    expect(text).toContain('研究開発費は250億円');
    expect(text).toContain('知財関連費用（出願・維持・調査・係争）は30億円');
    expect(text).toContain('4回審議しました');
    // Facts: segment, plan, committee, KPI target and actual.
    expect(text).toContain('車載センサ事業');
    expect(text).toContain('中期経営計画2028');
    expect(text).toContain('知財・無形資産戦略委員会（議長：社長）を四半期ごとに開催');
    expect(text).toContain('車載センサ事業のライセンス収入（2026年3月期実績6.2億円、2029年3月期目標15億円）');
    // One label per fiscal period (FY2025 of a March year end is 2026年3月期).
    expect(text).toContain('2026年3月期');
    expect(text).not.toContain('年度');
    expect(text).toContain('https://example.com/ir/integrated-report-2026.pdf');
    expect(draftCompleteness(draft).complete).toBe(true);
  });

  it('writes the same facts in English', () => {
    const text = renderDraftText(generateDraft('cg-report', 'en', demoDraftInput()));
    expect(text).toContain('research and development expense was ¥25.0 billion');
    expect(text).toContain('deliberated 4 times');
    expect(text).toContain('In the year to March 2026');
    expect(text).toContain(
      'licence income in the Automotive Sensors business (¥620 million in the year to March 2026, against a target of ¥1.5 billion by the year to March 2029)',
    );
    expect(text).not.toMatch(/[\u3040-\u30ff]/);
  });

  it('turns missing inputs into slots that name the question or fact', () => {
    const draft = generateDraft('cg-report', 'ja', EMPTY);
    const c = draftCompleteness(draft);
    expect(c.mostlySlots).toBe(true);
    expect(c.paragraphsWithSlots / c.paragraphs).toBeGreaterThanOrEqual(0.7);
    const ids = c.missing.map((m) => m.questionId);
    expect(ids).toEqual(
      expect.arrayContaining(['m0.rd-expense', 'm5.ip-cost', 'm6.board-discussions', 'm6.executive-owner']),
    );
    const text = renderDraftText(draft);
    expect(text).toContain('【要記入：研究開発費（百万円）】');
    expect(renderDraftText(generateDraft('cg-report', 'en', EMPTY))).toContain(
      '[To be completed: R&D expense (million yen)]',
    );
  });

  it('does not claim what a low answer does not support', () => {
    const input = demoDraftInput();
    const low: DraftInput = {
      ...input,
      answers: {
        ...input.answers,
        'm6.executive-owner': 'nobody',
        'm6.board-committee': 'none',
        'm6.board-discussions': 0,
        'm6.skill-matrix': 'absent',
      },
      facts: { ...DEMO_COMPANY_FACTS, governance: {} },
    };
    const text = renderDraftText(generateDraft('cg-report', 'ja', low));
    // The honest current state, as answered — no owner, body, count or matrix claimed.
    expect(text).toContain('知財・無形資産戦略の責任者は、現時点では定めていません。');
    expect(text).toContain('知財・無形資産への投資を専門に扱う会議体は設けていません。');
    expect(text).not.toContain('回審議');
    expect(text).not.toContain('スキル・マトリックス');
  });
});
