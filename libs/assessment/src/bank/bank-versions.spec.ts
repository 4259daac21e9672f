import { AGENDA_ITEMS, AGENDA_ITEM_IDS } from '../taxonomy/ip-program-agenda';
import { LOCALES } from '../i18n/localized-text';
import { isScorable } from '../scoring/answer-maturity';
import { scoreAssessment } from '../scoring/score-assessment';
import { sampleAnswers } from '../testing/sample-answers';
import { defined } from '../testing/defined';
import { BANK_VERSION } from './bank-version';
import { SUPPORTED_BANK_VERSIONS, getBank, questionsForTrack } from './question-bank';
import { AssessmentProfile } from './assessment-profile';
import { SME_TRACK_2026_11_1 } from '../sme/bank/sme-track-2026-11-1';

const profile: AssessmentProfile = { listingStatus: 'prime', companySize: 'large' };
const AGENDA_MODULES = ['m11', 'm12', 'm13', 'm14', 'm15', 'm16'];

describe('IP Strategic Program 2026 agenda tags', () => {
  const bank = defined(getBank());

  it('lists every agenda item once, in both languages, with a source', () => {
    expect(AGENDA_ITEMS.map((a) => a.id)).toEqual([...AGENDA_ITEM_IDS]);
    for (const item of AGENDA_ITEMS)
      for (const l of LOCALES) expect(item.label[l].length * item.source[l].length).toBeGreaterThan(0);
  });

  it('tags only known agenda items, and every agenda item has a scored listed question', () => {
    for (const q of bank.questions) for (const a of q.tags.agenda ?? []) expect(AGENDA_ITEM_IDS).toContain(a);
    const listedScored = questionsForTrack('listed').filter(isScorable);
    for (const id of AGENDA_ITEM_IDS) {
      expect({ id, covered: listedScored.some((q) => (q.tags.agenda ?? []).includes(id)) }).toEqual({
        id,
        covered: true,
      });
    }
  });

  it('tags every question of the agenda modules with an agenda item', () => {
    for (const q of bank.questions.filter((x) => AGENDA_MODULES.includes(x.module))) {
      expect({ id: q.id, tagged: (q.tags.agenda ?? []).length > 0 }).toEqual({ id: q.id, tagged: true });
    }
  });
});

describe('bank versions', () => {
  it('keeps the previous version readable: the same listed questions without the agenda modules, the frozen SME list', () => {
    expect(SUPPORTED_BANK_VERSIONS[0]).toBe(BANK_VERSION);
    const previous = defined(getBank('2026.11-1'));
    const current = defined(getBank());
    expect(previous.questions.some((q) => AGENDA_MODULES.includes(q.module))).toBe(false);
    expect(previous.modules.map((m) => m.id)).not.toContain('m11');
    const listedIds = (qs: readonly { id: string; module: string; tracks: readonly string[] }[]) =>
      qs.filter((q) => q.tracks.includes('listed')).map((q) => q.id);
    expect(listedIds(current.questions.filter((q) => !AGENDA_MODULES.includes(q.module)))).toEqual(
      listedIds(previous.questions),
    );
    expect(questionsForTrack('listed', '2026.11-1').map((q) => q.id)).toEqual(listedIds(previous.questions));
    expect(questionsForTrack('sme', '2026.11-1').map((q) => q.id)).toEqual([...SME_TRACK_2026_11_1]);
    expect(questionsForTrack('sme', '2026.11-1').some((q) => AGENDA_MODULES.includes(q.module))).toBe(false);
    expect(questionsForTrack('listed', '1999.01-1')).toEqual([]);
  });

  it('scores an old round against its own questions: agenda answers are ignored, nothing else moves', () => {
    const answers = sampleAnswers('listed', 3, profile);
    const withoutAgenda = Object.fromEntries(
      Object.entries(answers).filter(([id]) => !AGENDA_MODULES.includes(defined(id.split('.')[0]))),
    );
    const old = scoreAssessment({ track: 'listed', answers, profile, bankVersion: '2026.11-1' });
    const oldClean = scoreAssessment({ track: 'listed', answers: withoutAgenda, profile, bankVersion: '2026.11-1' });
    const currentWithout = scoreAssessment({ track: 'listed', answers: withoutAgenda, profile });
    expect(old.bankVersion).toBe('2026.11-1');
    expect(old.overall.score).toBe(oldClean.overall.score);
    expect(old.byModule.map((m) => m.id)).not.toContain('m11');
    expect(old.ignoredAnswers.some((i) => i.questionId.startsWith('m11.'))).toBe(true);
    // The same non-agenda answers score the same on both versions (the agenda modules only add questions).
    expect(currentWithout.overall.score).toBe(oldClean.overall.score);
    const current = scoreAssessment({ track: 'listed', answers, profile });
    expect(current.byModule.map((m) => m.id)).toEqual(expect.arrayContaining(AGENDA_MODULES));
  });
});
