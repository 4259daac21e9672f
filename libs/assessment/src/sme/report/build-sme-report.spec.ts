import { Answers } from '../../bank/answer';
import { AssessmentProfile } from '../../bank/assessment-profile';
import { visibleQuestions } from '../../bank/visible-questions';
import { defined } from '../../testing/defined';
import { buildSmeReport } from './build-sme-report';

const profile: AssessmentProfile = { listingStatus: 'unlisted', companySize: 'sme' };

// A 48-person machining company: proud of its skill, hands drawings over freely, exports without a trademark abroad.
const factory: Answers = {
  'sme-strengths.why-customers': '難しい形でも短い納期で仕上げる加工の腕',
  'sme-strengths.kinds': ['skill', 'drawings'],
  'sme-strengths.written-down': 1,
  'sme-strengths.handover': 'partly',
  'sme-secrets.has-secret': 'yes',
  'sme-secrets.marked': 1,
  'sme-secrets.access': 'roughly',
  'sme-secrets.not-public': 'checked',
  'sme-secrets.staff-promise': 3,
  'sme-deals.drawing-requests': 'often',
  'sme-deals.drawing-terms': 'free',
  'sme-deals.nda-first': 2,
  'sme-deals.joint-work': 'no',
  'sme-deals.guideline-known': 'no',
  'sme-brand.trademark': 'all-main',
  'sme-brand.sells-abroad': 'yes',
  'sme-brand.export-trademark': 'no',
  'sme-brand.copies-seen': 'yes',
  'sme-help.advisers': 'none',
  'sme-help.budget': 'under-10',
  'sme-help.bank-talk': 'verbal',
};

describe('buildSmeReport', () => {
  it('starts from the owner’s own words and the good practice they already have', () => {
    const r = buildSmeReport({ answers: factory, profile, prefecture: '23' });
    expect(r.strengths[0]).toEqual({
      questionId: 'sme-strengths.why-customers',
      kind: 'own-words',
      text: { ja: '難しい形でも短い納期で仕上げる加工の腕', en: '難しい形でも短い納期で仕上げる加工の腕' },
    });
    expect(r.strengths.find((s) => s.kind === 'strength-kind')?.text.ja).toBe(
      '職人の技や加工のこつ、図面や設計のデータ',
    );
    const good = r.strengths.filter((s) => s.kind === 'good-practice').map((s) => s.questionId);
    expect(good).toEqual(
      expect.arrayContaining(['sme-secrets.not-public', 'sme-secrets.staff-promise', 'sme-brand.trademark']),
    );
    expect(good).not.toContain('sme-deals.drawing-terms');
  });

  it('shows the exposures that the answers reveal, worst first', () => {
    const r = buildSmeReport({ answers: factory, profile, prefecture: '23' });
    expect(r.exposures.map((e) => e.id)).toEqual([
      'exposure.unprotected-know-how',
      'exposure.drawings-handed-over',
      'exposure.brand-unregistered-abroad',
    ]);
    expect(defined(r.exposures[0]).why.ja).toContain('秘密管理性');
    expect(defined(r.exposures[0]).why.ja).not.toContain('非公知性');
  });

  it('gives exactly three next steps, each with this month’s action, a cost and free help', () => {
    const r = buildSmeReport({ answers: factory, profile, prefecture: '23' });
    expect(r.nextSteps.map((s) => s.id)).toEqual(['step.secret-list', 'step.deal-paper', 'step.trademark-abroad']);
    for (const s of r.nextSteps) {
      expect(s.thisMonth.ja.length * s.cost.ja.length * s.thisMonth.en.length).toBeGreaterThan(0);
      expect(s.freeHelp.length).toBeGreaterThan(0);
    }
    expect(defined(r.nextSteps[1]).because).toEqual(['sme-deals.drawing-terms']);
  });

  it('still gives three steps when nothing is exposed, and never invents offices', () => {
    const r = buildSmeReport({ answers: {}, profile, prefecture: null });
    expect(r.exposures).toEqual([]);
    expect(r.nextSteps.map((s) => s.id)).toEqual(['step.bank-sheet', 'step.ask-desk', 'step.handover']);
    expect(r.support.prefecture).toBeNull();
    expect(r.support.contacts.map((c) => c.programmeId)).toEqual(expect.arrayContaining(['inpit-ip-desk', 'yorozu']));
    for (const c of r.support.contacts) expect(c.sources.length).toBeGreaterThan(0);
  });

  it('links a prefecture page only where the dated list confirms one', () => {
    const kochi = buildSmeReport({ answers: {}, profile, prefecture: '39' }).support.contacts.find(
      (c) => c.programmeId === 'inpit-ip-desk',
    );
    expect(kochi).toMatchObject({
      url: 'https://chizai-portal.inpit.go.jp/madoguchi/kochi/',
      urlIsForPrefecture: true,
    });
    const aichi = buildSmeReport({ answers: {}, profile, prefecture: '23' }).support.contacts.find(
      (c) => c.programmeId === 'inpit-ip-desk',
    );
    expect(aichi).toMatchObject({ url: 'https://chizai-portal.inpit.go.jp/', urlIsForPrefecture: false });
    const yorozu = buildSmeReport({ answers: {}, profile, prefecture: '23' }).support.contacts.find(
      (c) => c.programmeId === 'yorozu',
    );
    expect(yorozu?.url).toBeNull();
  });

  it('skips export questions for a company that does not sell abroad, and never counts a hidden answer', () => {
    const answers: Answers = { ...factory, 'sme-brand.sells-abroad': 'no' };
    expect(visibleQuestions('sme', answers, profile).map((q) => q.id)).not.toContain('sme-brand.export-trademark');
    const r = buildSmeReport({ answers, profile });
    expect(r.exposures.map((e) => e.id)).not.toContain('exposure.brand-unregistered-abroad');
    expect(r.nextSteps).toHaveLength(3);
  });
});
