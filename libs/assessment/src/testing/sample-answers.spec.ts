import { AssessmentProfile } from '../bank/assessment-profile';
import { getQuestion } from '../bank/question-bank';
import { MaturityLevel } from '../bank/question';
import { TRACKS } from '../bank/track';
import { validateAnswer } from '../bank/validate-answer';
import { scoreAssessment } from '../scoring/score-assessment';
import { sampleAnswers } from './sample-answers';

const profiles: AssessmentProfile[] = [
  { listingStatus: 'prime', companySize: 'large' },
  { listingStatus: 'unlisted', companySize: 'sme' },
  { listingStatus: 'growth', companySize: 'startup' },
];
const levels: MaturityLevel[] = [0, 1, 2, 3, 4];

describe('sampleAnswers (seed/demo/e2e helper)', () => {
  it.each(TRACKS.flatMap((track) => profiles.map((profile) => [track, profile] as const)))(
    'is complete and valid for %s %j',
    (track, profile) => {
      for (const level of levels) {
        const answers = sampleAnswers(track, level, profile);
        for (const [id, value] of Object.entries(answers)) {
          const q = getQuestion(id);
          expect(q).toBeDefined();
          if (q) expect({ id, ok: validateAnswer(q, value).ok }).toEqual({ id, ok: true });
        }
        const result = scoreAssessment({ track, answers, profile });
        expect(result.ignoredAnswers).toEqual([]);
        expect(result.progress.overall.ratio).toBe(1);
        expect(result.overall.score).not.toBeNull();
      }
    },
  );

  it('spans the whole scale', () => {
    const profile = profiles[0] as AssessmentProfile;
    expect(
      scoreAssessment({ track: 'listed', answers: sampleAnswers('listed', 0, profile), profile }).overall.score,
    ).toBe(0);
    expect(
      scoreAssessment({ track: 'listed', answers: sampleAnswers('listed', 4, profile), profile }).overall.score,
    ).toBe(100);
  });
});
