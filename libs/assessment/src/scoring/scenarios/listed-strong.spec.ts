import { AssessmentProfile } from '../../bank/assessment-profile';
import { sampleAnswers } from '../../testing/sample-answers';
import { scoreAssessment } from '../score-assessment';
import { defined } from '../../testing/defined';

describe('scenario: listed company with strong practice', () => {
  const profile: AssessmentProfile = { listingStatus: 'prime', companySize: 'large' };
  const answers = { ...sampleAnswers('listed', 4, profile), 'm6.ip-talent': 3, 'm7.sensitivity-policy': 3 };
  const result = scoreAssessment({ track: 'listed', answers, profile });

  it('answers every visible question', () => {
    expect(result.progress.overall.ratio).toBe(1);
    expect(result.overall.coverage.ratio).toBe(1);
    expect(result.ignoredAnswers).toEqual([]);
  });

  it('scores high on every action, and contributions add up to each score', () => {
    expect(defined(result.overall.score)).toBeGreaterThan(95);
    for (const d of [result.overall, ...result.byGglAction, ...result.byGglPrinciple, ...result.byModule]) {
      expect(d.score).not.toBeNull();
      const sum = d.contributions.reduce((s, c) => s + c.points, 0);
      expect(sum).toBeCloseTo(defined(d.score), 9);
    }
  });

  it('shows exactly which answers held a score below 100', () => {
    const action5 = defined(result.byGglAction.find((a) => a.id === '5'));
    expect(defined(action5.score)).toBeLessThan(100);
    const below = action5.contributions.filter((c) => c.maturity < 100).map((c) => c.questionId);
    expect(below).toEqual(['m6.ip-talent']);
  });

  it('lists every action as a strength, no gaps, no findings and no plan items', () => {
    expect(result.strengths.filter((s) => s.dimension === 'ggl-action')).toHaveLength(7);
    expect(result.gaps).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.actionPlan).toEqual([]);
  });

  it('quantifies intangibles from the M0 answers', () => {
    const q = result.quantification;
    // (900,000 − (300,000 − 20,000 − 30,000)) / 900,000
    expect(q.intangibleShare.value).toBeCloseTo(650_000 / 900_000);
    expect(q.intangibleShare.method).toBe('net-tangible-assets');
    expect(q.pbr.value).toBeCloseTo(3);
    expect(q.rdIntensity.value).toBeCloseTo(0.05);
    expect(q.nationalTarget.targetShare).toBe(0.5);
    expect(q.nationalTarget.targetYear).toBe(2035);
    expect(q.nationalTarget.atOrAboveTarget).toBe(true);
    expect(q.figures.marketCapitalization.source).toBe('answer');
  });
});
