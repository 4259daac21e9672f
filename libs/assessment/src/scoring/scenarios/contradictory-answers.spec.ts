import { Answers } from '../../bank/answer';
import { AssessmentProfile } from '../../bank/assessment-profile';
import { sampleAnswers } from '../../testing/sample-answers';
import { scoreAssessment } from '../score-assessment';
import { defined } from '../../testing/defined';

describe('scenario: contradictory answers', () => {
  const profile: AssessmentProfile = { listingStatus: 'prime', companySize: 'large' };
  const answers: Answers = {
    ...sampleAnswers('listed', 2, profile),
    // The board discusses IP quarterly or more…
    'm6.board-discussions': 5,
    // …but nobody at executive level owns the strategy.
    'm6.executive-owner': 'nobody',
    // Outcome KPIs and a disclosed story, without an internal causal path.
    'm5.kpi-type': 'outcome-targets',
    'm4.causal-path': 0,
    'm7.earnings-link': 4,
    // Management and the IP function see IP's role very differently.
    'm9.management-view': 1,
    'm9.ip-function-view': 4,
    // No patents, yet patents listed as an asset.
    'm1.patents-held': 'none',
    'm1.asset-types': ['patents', 'brand'],
  };
  const result = scoreAssessment({ track: 'listed', answers, profile });
  const ids = result.findings.map((f) => f.ruleId);

  it('flags the board/owner contradiction with both answers', () => {
    const f = result.findings.find((x) => x.ruleId === 'finding.board-ip-without-executive-owner.v1');
    expect(f).toBeDefined();
    expect(defined(f).kind).toBe('contradiction');
    expect(defined(f).severity).toBe('high');
    expect(defined(f).questionIds).toEqual(['m6.executive-owner', 'm6.board-discussions']);
    expect(defined(f).message.ja).toContain('取締役会');
    expect(defined(f).message.en).toContain('board');
  });

  it('flags the other contradictions and the perception gap', () => {
    expect(ids).toEqual(
      expect.arrayContaining([
        'finding.outcome-kpis-without-causal-path.v1',
        'finding.disclosed-story-without-causal-path.v1',
        'finding.management-ip-perception-gap.v1',
        'finding.patents-held-vs-asset-types.v1',
      ]),
    );
    expect(defined(result.findings.find((f) => f.ruleId === 'finding.management-ip-perception-gap.v1')).kind).toBe(
      'perception-gap',
    );
  });

  it('leaves scores untouched by findings (they are reported, not penalised)', () => {
    const action5 = defined(result.byGglAction.find((a) => a.id === '5'));
    const board = defined(action5.contributions.find((c) => c.questionId === 'm6.board-discussions'));
    expect(board.maturity).toBe(100);
  });

  it('drops answers hidden by branching and says so', () => {
    // With no patents, the earlier patent follow-ups are hidden and ignored.
    expect(result.ignoredAnswers).toEqual(
      expect.arrayContaining([{ questionId: 'm1.patent-use-status', reason: 'hidden' }]),
    );
    expect(result.overall.contributions.map((c) => c.questionId)).not.toContain('m1.patent-use-status');
  });

  it('does not report findings for a consistent answer set', () => {
    const consistent = scoreAssessment({ track: 'listed', answers: sampleAnswers('listed', 3, profile), profile });
    expect(consistent.findings).toEqual([]);
  });
});
