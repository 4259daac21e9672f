import fc from 'fast-check';
import { AnswerValue, Answers } from '../bank/answer';
import { AssessmentProfile } from '../bank/assessment-profile';
import { Question } from '../bank/question';
import { questionsForTrack } from '../bank/question-bank';
import { Track } from '../bank/track';
import { AssessmentResult } from './assessment-result';
import { DimensionScore } from './dimension-score';
import { scoreAssessment } from './score-assessment';
import { defined } from '../testing/defined';

function valueArb(q: Question): fc.Arbitrary<AnswerValue> {
  switch (q.type) {
    case 'maturity':
      return fc.integer({ min: 0, max: 4 });
    case 'single':
      return fc.constantFrom(...q.options.map((o) => o.id));
    case 'multiple': {
      const inclusive = q.options.filter((o) => !o.exclusive).map((o) => o.id);
      const exclusive = q.options.filter((o) => o.exclusive).map((o) => [o.id]);
      return fc.oneof(fc.subarray(inclusive, { minLength: 1 }), ...exclusive.map((e) => fc.constant(e)));
    }
    case 'number':
      return q.integer
        ? fc.integer({ min: q.min, max: Math.min(q.max, 1_000_000) })
        : fc.double({ min: q.min, max: q.max, noNaN: true });
    case 'percentage':
      return fc.double({ min: q.min, max: q.max, noNaN: true });
    case 'currency':
      return fc.integer({ min: Math.max(q.min, -1_000_000), max: 10_000_000 });
    case 'text':
      return fc.string({ minLength: 1, maxLength: 20 });
    case 'evidence':
      return fc.constant('https://example.com/x');
  }
}

function answersArb(track: Track): fc.Arbitrary<Answers> {
  const entries = questionsForTrack(track).map((q) =>
    fc.option(valueArb(q), { nil: undefined }).map((v) => [q.id, v] as const),
  );
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter(([, v]) => v !== undefined)));
}

const profileArb: fc.Arbitrary<AssessmentProfile> = fc.record({
  listingStatus: fc.constantFrom('prime', 'standard', 'growth', 'unlisted'),
  companySize: fc.constantFrom('large', 'sme', 'startup'),
});

function allScores(r: AssessmentResult): DimensionScore[] {
  return [r.overall, ...r.byGglAction, ...r.byGglPrinciple, ...r.byModule];
}

describe.each<Track>(['listed', 'sme'])('score properties (%s track)', (track) => {
  const ladderIds = questionsForTrack(track)
    .filter((q) => q.type === 'maturity')
    .map((q) => q.id);

  it('keeps every score within 0–100 (or null) and contributions summing to the score', () => {
    fc.assert(
      fc.property(answersArb(track), profileArb, (answers, profile) => {
        const r = scoreAssessment({ track, answers, profile });
        for (const d of allScores(r)) {
          if (d.score === null) {
            expect(d.coverage.answered).toBe(0);
            continue;
          }
          expect(d.score).toBeGreaterThanOrEqual(0);
          expect(d.score).toBeLessThanOrEqual(100);
          expect(d.contributions.reduce((s, c) => s + c.points, 0)).toBeCloseTo(d.score, 6);
          expect(d.coverage.ratio).toBeGreaterThan(0);
          expect(d.coverage.ratio).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('is monotone: raising one ladder answer never lowers any score', () => {
    fc.assert(
      fc.property(
        answersArb(track),
        profileArb,
        fc.constantFrom(...ladderIds),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        (answers, profile, id, from, step) => {
          const to = Math.min(4, from + step);
          const before = scoreAssessment({ track, answers: { ...answers, [id]: from }, profile });
          const after = scoreAssessment({ track, answers: { ...answers, [id]: to }, profile });
          const afterById = new Map(allScores(after).map((d) => [`${d.dimension}:${d.id}`, d.score]));
          for (const d of allScores(before)) {
            const a = afterById.get(`${d.dimension}:${d.id}`);
            if (d.score === null) continue;
            expect(a).not.toBeNull();
            expect(defined(a)).toBeGreaterThanOrEqual(d.score - 1e-9);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(answersArb(track), profileArb, (answers, profile) => {
        expect(scoreAssessment({ track, answers, profile })).toEqual(scoreAssessment({ track, answers, profile }));
      }),
      { numRuns: 30 },
    );
  });
});
