import { AssessmentProfile } from '../bank/assessment-profile';
import { getQuestion } from '../bank/question-bank';
import { answerMaturity } from './answer-maturity';
import { scoreAssessment } from './score-assessment';
import { defined } from '../testing/defined';

describe('score formula (worked example in docs/assessment.md)', () => {
  const profile: AssessmentProfile = { listingStatus: 'prime', companySize: 'large' };

  it('is the weighted mean of answered questions; unanswered ones only lower coverage', () => {
    // Action ③ on the listed track, three answers:
    //   m4.causal-path (weight 2) level 3 → 75; m4.open-close (weight 1) level 1 → 25; m4.licensing-strategy hidden (no patents).
    const r = scoreAssessment({
      track: 'listed',
      answers: { 'm1.patents-held': 'none', 'm4.causal-path': 3, 'm4.open-close': 1 },
      profile,
    });
    const a3 = defined(r.byGglAction.find((a) => a.id === '3'));
    // (2×75 + 1×25) / (2 + 1) = 58.33…
    expect(a3.score).toBeCloseTo(175 / 3);
    expect(a3.contributions).toEqual([
      { questionId: 'm4.causal-path', maturity: 75, weight: 2, points: 50 },
      { questionId: 'm4.open-close', maturity: 25, weight: 1, points: 25 / 3 },
    ]);
    expect(a3.coverage.answered).toBe(2);
    expect(a3.coverage.scorable).toBeGreaterThan(2);
    expect(a3.ruleId).toBe('score.ggl-action.v1');
  });

  it('maps every question type to the 0–100 scale', () => {
    expect(answerMaturity(defined(getQuestion('m1.inventory')), 3)).toBe(75);
    expect(answerMaturity(defined(getQuestion('m6.executive-owner')), 'executive-part')).toBe(75);
    expect(answerMaturity(defined(getQuestion('m7.channels')), ['cg-report', 'integrated-report'])).toBe(50);
    expect(
      answerMaturity(defined(getQuestion('m7.channels')), [
        'cg-report',
        'integrated-report',
        'ir-site',
        'ip-report',
        'briefings',
      ]),
    ).toBe(100);
    expect(answerMaturity(defined(getQuestion('m6.board-discussions')), 0)).toBe(0);
    expect(answerMaturity(defined(getQuestion('m6.board-discussions')), 1)).toBe(50);
    expect(answerMaturity(defined(getQuestion('m6.board-discussions')), 3)).toBe(75);
    expect(answerMaturity(defined(getQuestion('m6.board-discussions')), 12)).toBe(100);
    expect(answerMaturity(defined(getQuestion('m0.revenue')), 100)).toBeNull();
    expect(answerMaturity(defined(getQuestion('m1.patents-held')), 'many')).toBeNull();
  });

  it('ignores unknown, invalid and other-track answers and reports why', () => {
    const r = scoreAssessment({
      track: 'sme',
      answers: { 'm1.inventory': 9, 'zz.unknown': 1, 'm7.quantitative': 2, 'm4.causal-path': 2 },
      profile,
      bankVersion: '2026.11-1',
    });
    expect(r.ignoredAnswers).toEqual(
      expect.arrayContaining([
        { questionId: 'm1.inventory', reason: 'out-of-range' },
        { questionId: 'zz.unknown', reason: 'unknown-question' },
        { questionId: 'm7.quantitative', reason: 'not-in-track' },
      ]),
    );
    expect(r.overall.score).toBe(50);
  });

  it('rejects an unknown bank version', () => {
    expect(() => scoreAssessment({ track: 'listed', answers: {}, profile, bankVersion: '2020.01-1' })).toThrow(
      'Unsupported question bank version',
    );
  });
});
