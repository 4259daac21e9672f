import { AssessmentProfile } from '../bank/assessment-profile';
import { Answers } from '../bank/answer';
import { scoreAssessment } from '../scoring/score-assessment';
import { sampleAnswers } from '../testing/sample-answers';
import { targetHistory } from './target-history';
import { validatePlanning } from './validate-planning';

const profile: AssessmentProfile = { listingStatus: 'prime', companySize: 'large' };

describe('targets', () => {
  const answers = sampleAnswers('listed', 2, profile);

  it('never changes a score, and shows current vs target per dimension', () => {
    const plain = scoreAssessment({ track: 'listed', answers, profile });
    const withTargets = scoreAssessment({
      track: 'listed',
      answers,
      profile,
      targets: { modules: { m6: 4 }, questions: { 'm1.inventory': 3 } },
    });
    expect(withTargets.overall.score).toBe(plain.overall.score);
    expect(withTargets.byModule).toEqual(plain.byModule);
    expect(plain.targets).toEqual([]);
    const m6 = withTargets.targets.find((t) => t.dimension === 'module' && t.id === 'm6');
    expect(m6?.target).toBe(100);
    expect(m6?.current).toBe(plain.byModule.find((m) => m.id === 'm6')?.score);
    expect(m6?.gap).toBeCloseTo(100 - (m6?.current ?? 0));
    const m1 = withTargets.targets.find((t) => t.dimension === 'module' && t.id === 'm1');
    expect(m1).toMatchObject({ target: 75, targetedQuestions: 1 });
    expect(withTargets.targets.find((t) => t.dimension === 'overall')).toBeDefined();
  });

  it('lets the gap drive the plan: an item fires below target even above the threshold, and a met target silences it', () => {
    // Level 3 everywhere (75): above every rule's threshold, so no plan item fires without targets.
    const good = sampleAnswers('listed', 3, profile);
    const plain = scoreAssessment({ track: 'listed', answers: good, profile });
    expect(plain.actionPlan.find((i) => i.ruleId === 'plan.ai-data.v1')).toBeUndefined();
    const aimed = scoreAssessment({ track: 'listed', answers: good, profile, targets: { modules: { m11: 4 } } });
    const item = aimed.actionPlan.find((i) => i.ruleId === 'plan.ai-data.v1');
    expect(item?.targetGap).toBe(25);
    expect(item?.triggeredBy.every((t) => t.target === 100)).toBe(true);
    // A larger gap ranks higher.
    const lowAnswers = sampleAnswers('listed', 1, profile);
    const low = scoreAssessment({
      track: 'listed',
      answers: lowAnswers,
      profile,
      targets: { modules: { m11: 1, m14: 4 } },
    });
    expect(low.actionPlan.find((i) => i.ruleId === 'plan.ai-data.v1')).toBeUndefined();
    const leak = low.actionPlan.find((i) => i.ruleId === 'plan.leakage-economic-security.v1');
    expect(leak?.targetGap).toBe(75);
  });

  it('compares target and achieved across rounds', () => {
    const r1 = scoreAssessment({
      track: 'listed',
      answers: sampleAnswers('listed', 1, profile),
      profile,
      targets: { modules: { m6: 2 } },
    });
    const r2 = scoreAssessment({
      track: 'listed',
      answers: sampleAnswers('listed', 3, profile),
      profile,
      targets: { modules: { m6: 3 } },
    });
    const rows = targetHistory([
      { roundId: 'a', result: r1 },
      { roundId: 'b', result: r2 },
    ]);
    const m6 = rows.find((r) => r.dimension === 'module' && r.id === 'm6');
    expect(m6?.points.map((p) => [p.roundId, p.target, p.met])).toEqual([
      ['a', 50, false],
      ['b', 75, true],
    ]);
  });
});

describe('scope', () => {
  it('leaves an excluded module out of every score, the progress and the plan, and says so', () => {
    const answers: Answers = sampleAnswers('listed', 0, profile);
    const plain = scoreAssessment({ track: 'listed', answers, profile });
    expect(plain.actionPlan.some((i) => i.ruleId === 'plan.standards.v1')).toBe(true);
    const scoped = scoreAssessment({
      track: 'listed',
      answers,
      profile,
      scope: { modules: { m12: 'No standards activity' }, questions: { 'm1.patents-held': 'Service firm' } },
    });
    expect(scoped.byModule.map((m) => m.id)).not.toContain('m12');
    expect(scoped.actionPlan.some((i) => i.ruleId === 'plan.standards.v1')).toBe(false);
    expect(
      scoped.byGglAction.flatMap((a) => a.contributions.map((c) => c.questionId)).some((id) => id.startsWith('m12.')),
    ).toBe(false);
    expect(scoped.progress.overall.visible).toBeLessThan(plain.progress.overall.visible);
    const m12 = scoped.excluded.find((e) => e.kind === 'module' && e.id === 'm12');
    expect(m12?.reason).toBe('No standards activity');
    expect(m12?.questionIds).toContain('m12.standards-in-strategy');
    expect(scoped.excluded.find((e) => e.id === 'm1.patents-held')?.questionIds).toEqual(['m1.patents-held']);
    expect(scoped.ignoredAnswers.filter((i) => i.reason === 'out-of-scope').length).toBeGreaterThan(0);
    // An excluded gate still opens its follow-ups (branching is unchanged).
    expect(
      scoped.byModule.find((m) => m.id === 'm1')?.contributions.some((c) => c.questionId === 'm1.patent-use-status'),
    ).toBe(
      plain.byModule.find((m) => m.id === 'm1')?.contributions.some((c) => c.questionId === 'm1.patent-use-status'),
    );
  });
});

describe('validatePlanning', () => {
  it('accepts clean targets and scope', () => {
    const r = validatePlanning(
      { targets: { questions: { 'm11.genai-policy': 3 }, modules: { m6: 4 } }, scope: { modules: { m12: ' none ' } } },
      'listed',
    );
    expect(r).toEqual({
      ok: true,
      value: {
        targets: { questions: { 'm11.genai-policy': 3 }, modules: { m6: 4 } },
        scope: { modules: { m12: 'none' }, questions: {} },
      },
    });
  });

  it('rejects unknown ids, unscorable questions, bad levels, missing reasons, other versions and junk', () => {
    const r = validatePlanning(
      {
        targets: { questions: { 'm9.nope': 2, 'm0.revenue': 2, 'm6.board-oversight': 7 }, modules: { m99: 1 } },
        scope: { modules: { m12: '' }, questions: { 'm1.inventory': 'x'.repeat(501) } },
      },
      'listed',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual(
      [
        'scope.modules.m12:missing-reason',
        'scope.questions.m1.inventory:reason-too-long',
        'targets.modules.m99:unknown-module',
        'targets.questions.m0.revenue:not-scorable',
        'targets.questions.m6.board-oversight:invalid-level',
        'targets.questions.m9.nope:unknown-question',
      ].sort(),
    );
    expect(validatePlanning({ targets: { modules: { m11: 2 } } }, 'listed', '2026.11-1').ok).toBe(false);
    expect(validatePlanning({ targets: 'x' }, 'listed').ok).toBe(false);
    expect(validatePlanning({ targets: { questions: [] } }, 'listed').ok).toBe(false);
  });
});
