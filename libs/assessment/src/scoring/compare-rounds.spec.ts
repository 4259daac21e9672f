import { AssessmentProfile } from '../bank/assessment-profile';
import { sampleAnswers } from '../testing/sample-answers';
import { compareRounds } from './compare-rounds';
import { scoreAssessment } from './score-assessment';
import { defined } from '../testing/defined';

describe('compareRounds', () => {
  const profile: AssessmentProfile = { listingStatus: 'prime', companySize: 'large' };
  const first = scoreAssessment({ track: 'listed', answers: sampleAnswers('listed', 1, profile), profile });
  const second = scoreAssessment({
    track: 'listed',
    answers: { ...sampleAnswers('listed', 1, profile), 'm4.causal-path': 4, 'm4.open-close': 3 },
    profile,
  });

  it('reports per-action, per-module and overall deltas', () => {
    const c = compareRounds(first, second);
    expect(c.bankVersionChanged).toBe(false);
    expect(c.trackChanged).toBe(false);
    expect(defined(c.overall.delta)).toBeGreaterThan(0);
    expect(c.byGglAction).toHaveLength(7);
    const a3 = defined(c.byGglAction.find((d) => d.id === '3'));
    expect(defined(a3.delta)).toBeGreaterThan(0);
    expect(defined(a3.after) - defined(a3.before)).toBeCloseTo(defined(a3.delta));
    expect(defined(c.byGglAction.find((d) => d.id === '7')).delta).toBe(0);
    expect(defined(defined(c.byModule.find((d) => d.id === 'm4')).delta)).toBeGreaterThan(0);
  });

  it('gives null deltas where a round has no score', () => {
    const empty = scoreAssessment({ track: 'listed', answers: {}, profile });
    const c = compareRounds(empty, second);
    expect(c.overall.before).toBeNull();
    expect(c.overall.delta).toBeNull();
  });

  it('flags a change of track', () => {
    const sme = scoreAssessment({ track: 'sme', answers: {}, profile });
    expect(compareRounds(first, sme).trackChanged).toBe(true);
  });
});
