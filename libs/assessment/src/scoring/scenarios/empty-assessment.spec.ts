import { AssessmentProfile } from '../../bank/assessment-profile';
import { BANK_VERSION } from '../../bank/bank-version';
import { scoreAssessment } from '../score-assessment';

describe('scenario: empty assessment', () => {
  const profile: AssessmentProfile = { listingStatus: 'prime', companySize: 'large' };
  const result = scoreAssessment({ track: 'listed', answers: {}, profile });

  it('records the bank version and track', () => {
    expect(result.bankVersion).toBe(BANK_VERSION);
    expect(result.track).toBe('listed');
  });

  it('has no scores (null, not zero) and zero coverage', () => {
    expect(result.overall.score).toBeNull();
    expect(result.overall.coverage.answered).toBe(0);
    expect(result.overall.coverage.scorable).toBeGreaterThan(40);
    expect(result.byGglAction).toHaveLength(7);
    expect(result.byGglPrinciple).toHaveLength(4);
    for (const d of [...result.byGglAction, ...result.byGglPrinciple, ...result.byModule]) {
      expect(d.score).toBeNull();
      expect(d.contributions).toEqual([]);
    }
  });

  it('reports progress 0 of all visible questions', () => {
    expect(result.progress.overall.answered).toBe(0);
    expect(result.progress.overall.visible).toBeGreaterThanOrEqual(60);
    expect(result.progress.modules.every((m) => m.unansweredQuestionIds.length === m.visible)).toBe(true);
  });

  it('asks only to complete the questionnaire, with no findings, strengths or gaps', () => {
    expect(result.actionPlan.map((i) => i.ruleId)).toEqual(['plan.complete-assessment.v1']);
    expect(result.findings).toEqual([]);
    expect(result.strengths).toEqual([]);
    expect(result.gaps).toEqual([]);
  });

  it('explains why every quantification metric is missing', () => {
    const q = result.quantification;
    expect(q.intangibleShare.value).toBeNull();
    expect(q.intangibleShare.missingReason).toBe('missing-input');
    expect(q.intangibleShare.missingInputs).toEqual(['marketCapitalization', 'bookEquity']);
    expect(q.pbr.missingReason).toBe('missing-input');
    expect(q.rdIntensity.missingReason).toBe('missing-input');
    expect(q.nationalTarget.gap).toBeNull();
    expect(q.nationalTarget.atOrAboveTarget).toBeNull();
  });

  it('is plain serialisable data', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
