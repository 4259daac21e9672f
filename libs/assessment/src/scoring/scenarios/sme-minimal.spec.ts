import { Answers } from '../../bank/answer';
import { AssessmentProfile } from '../../bank/assessment-profile';
import { suggestTrack } from '../../bank/suggest-track';
import { scoreAssessment } from '../score-assessment';
import { defined } from '../../testing/defined';

// A round answered on bank 2026.11-1 (before the SME track was rewritten): it must stay scorable as it was.
describe('scenario: SME with minimal practice (bank 2026.11-1)', () => {
  const profile: AssessmentProfile = { listingStatus: 'unlisted', companySize: 'sme' };
  const answers: Answers = {
    'm0.revenue': 800,
    'm0.rd-expense': 8,
    'm0.book-equity': 200,
    'm1.patents-held': 'none',
    'm1.asset-types': ['know-how', 'customer-relationships'],
    'm1.inventory': 0,
    'm1.earnings-link': 1,
    'm1.protection-status': 0,
    'm2.competitor-comparison': 'never',
    'm3.to-be': 1,
    'm4.causal-path': 1,
    'm4.secret-management': 1,
    'm6.executive-owner': 'nobody',
    'm10.trademark-registration': 'no',
    'm10.confidentiality-rules': 0,
    'm10.invention-ownership': 'informal',
    'm10.fundraising': 'no',
    'm10.bank-tools': 'unknown',
  };
  const result = scoreAssessment({ track: 'sme', answers, profile, bankVersion: '2026.11-1' });

  it('is the suggested track for this profile', () => {
    expect(suggestTrack(profile).track).toBe('sme');
  });

  it('scores low but not null, from the answers given', () => {
    expect(result.overall.score).not.toBeNull();
    expect(defined(result.overall.score)).toBeLessThan(20);
    const action1 = defined(result.byGglAction.find((a) => a.id === '1'));
    expect(action1.contributions.map((c) => c.questionId)).toContain('m1.inventory');
  });

  it('does not score listed-only modules such as disclosure', () => {
    expect(result.byModule.map((m) => m.id)).not.toContain('m7');
  });

  it('proposes basic protection and ownership first, each tied to the answers that triggered it', () => {
    const ids = result.actionPlan.map((i) => i.ruleId);
    expect(ids).toContain('plan.protection-basics.v1');
    expect(ids).toContain('plan.executive-ownership.v1');
    expect(ids).toContain('plan.intangible-inventory.v1');
    const protection = defined(result.actionPlan.find((i) => i.ruleId === 'plan.protection-basics.v1'));
    expect(protection.effort).toBe('S');
    expect(protection.priority).toBe('high');
    expect(protection.triggeredBy.map((t) => t.questionId)).toEqual(
      expect.arrayContaining(['m10.confidentiality-rules', 'm10.trademark-registration']),
    );
    for (const item of result.actionPlan) {
      expect(item.nextStep.ja.length).toBeGreaterThan(0);
      expect(item.nextStep.en.length).toBeGreaterThan(0);
    }
    const scores = result.actionPlan.map((i) => i.priorityScore);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('reports R&D intensity but no market-based metrics for an unlisted company', () => {
    expect(result.quantification.rdIntensity.value).toBeCloseTo(0.01);
    expect(result.quantification.intangibleShare.missingReason).toBe('not-listed');
    expect(result.quantification.pbr.missingReason).toBe('not-listed');
  });

  it('hides the valuation question because no fundraising is planned', () => {
    expect(defined(result.progress.modules.find((m) => m.module === 'm10')).unansweredQuestionIds).not.toContain(
      'm10.ip-for-valuation',
    );
  });
});
