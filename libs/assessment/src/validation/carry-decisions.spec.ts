import { AssessmentProfile } from '../bank/assessment-profile';
import { BANK_VERSION } from '../bank/bank-version';
import { BANK_VERSION_2026_11_1 } from '../bank/question-bank';
import { AnswerReview } from './answer-review';
import { CarriableReview, carryDecisions, COPIED_ANSWER_VERSION, LAPSED_ANSWER_VERSION } from './carry-decisions';
import { fiscalYearOf } from './decision-origin';
import { roundValidation, VersionedAnswer } from './round-validation';

const profile: AssessmentProfile = { listingStatus: 'prime', companySize: 'large' };
const FORUM = 'm6.cross-functional';
const IP_HEAD = 'm6.ip-head-in-strategy';
const BOARD = 'm6.board-discussions';

const decision = (questionId: string, d: AnswerReview['decision'], answerVersion: number): CarriableReview => ({
  questionId,
  decision: d,
  comment: d === 'accepted' ? '議事録で確認' : '根拠を添付してください',
  answerVersion,
  reviewedBy: 'reviewer-1',
  // 10 February 2026 in Tokyo: fiscal year 2025 for a March year end.
  reviewedAt: '2026-02-10T03:00:00.000Z',
  origin: null,
});
/** The earlier round is round 2 of an organization whose fiscal year ends in March. */
const FROM = { fromRound: 2, fiscalYearEndMonth: 3 } as const;

// Last year: FORUM accepted on the answer as submitted (v3), IP_HEAD accepted on v1 but changed afterwards (v2),
// BOARD accepted and submitted, but not copied into the new round.
const previousAnswers: Record<string, VersionedAnswer> = {
  [FORUM]: { value: 4, version: 3 },
  [IP_HEAD]: { value: 3, version: 2 },
  [BOARD]: { value: 3, version: 1 },
};
const previousReviews = [
  decision(FORUM, 'accepted', 3),
  decision(IP_HEAD, 'accepted', 1),
  decision(BOARD, 'accepted', 1),
];
const copied = new Set([FORUM, IP_HEAD]);

function newRound(answers: Record<string, VersionedAnswer>, reviews: readonly AnswerReview[]) {
  return roundValidation({ track: 'listed', bankVersion: BANK_VERSION, profile, answers, reviews });
}

describe('carrying validation decisions into a new round', () => {
  const carried = carryDecisions({
    ...FROM,
    fromBankVersion: BANK_VERSION,
    toBankVersion: BANK_VERSION,
    previousAnswers,
    previousReviews,
    copied,
  });
  const copiedAnswers: Record<string, VersionedAnswer> = {
    [FORUM]: { value: 4, version: COPIED_ANSWER_VERSION },
    [IP_HEAD]: { value: 3, version: COPIED_ANSWER_VERSION },
  };

  it('keeps a decision on the unchanged answer it judged, pointed at the copy, with its comment and reviewer', () => {
    expect(carried.find((r) => r.questionId === FORUM)).toEqual({
      questionId: FORUM,
      decision: 'accepted',
      comment: '議事録で確認',
      reviewedBy: 'reviewer-1',
      answerVersion: COPIED_ANSWER_VERSION,
      origin: { round: 2, fiscalYear: 2025 },
    });
  });

  it('carries a decision that had already lapsed as lapsed, and drops decisions on answers that were not copied', () => {
    expect(carried.find((r) => r.questionId === IP_HEAD)?.answerVersion).toBe(LAPSED_ANSWER_VERSION);
    expect(carried.map((r) => r.questionId).sort()).toEqual([FORUM, IP_HEAD].sort());
  });

  it('in the new round: the unchanged answer stays accepted, the other needs re-validation and shows the earlier decision', () => {
    const validation = newRound(copiedAnswers, carried);
    const byId = new Map(validation.items.map((i) => [i.questionId, i]));
    expect(byId.get(FORUM)?.state).toBe('accepted');
    expect(byId.get(IP_HEAD)?.state).toBe('pending');
    expect(byId.get(IP_HEAD)?.review?.decision).toBe('accepted');
    expect(validation.complete).toBe(false);
  });

  it('editing a carried answer in the new round makes its decision lapse', () => {
    const edited = { ...copiedAnswers, [FORUM]: { value: 3, version: COPIED_ANSWER_VERSION + 1 } };
    const validation = newRound(edited, carried);
    expect(validation.items.find((i) => i.questionId === FORUM)?.state).toBe('pending');
  });

  it('a returned decision on an unchanged answer stays returned', () => {
    const out = carryDecisions({
      ...FROM,
      fromBankVersion: BANK_VERSION,
      toBankVersion: BANK_VERSION,
      previousAnswers,
      previousReviews: [decision(FORUM, 'returned', 3)],
      copied,
    });
    expect(newRound(copiedAnswers, out).items.find((i) => i.questionId === FORUM)?.state).toBe('returned');
  });

  it('across bank versions a decision counts only where the question is asked the same way', () => {
    const fromOld = carryDecisions({
      ...FROM,
      fromBankVersion: BANK_VERSION_2026_11_1,
      toBankVersion: BANK_VERSION,
      previousAnswers,
      previousReviews,
      copied,
    });
    expect(fromOld.find((r) => r.questionId === FORUM)?.answerVersion).toBe(COPIED_ANSWER_VERSION);
    // A bank the library does not know: nothing can be compared, so nothing counts without a new look.
    const unknown = carryDecisions({
      ...FROM,
      fromBankVersion: '1999.01-1',
      toBankVersion: BANK_VERSION,
      previousAnswers,
      previousReviews,
      copied,
    });
    expect(unknown.map((r) => r.answerVersion)).toEqual([LAPSED_ANSWER_VERSION, LAPSED_ANSWER_VERSION]);
  });

  it('ignores a decision on an answer that was cleared', () => {
    const out = carryDecisions({
      ...FROM,
      fromBankVersion: BANK_VERSION,
      toBankVersion: BANK_VERSION,
      previousAnswers: { [FORUM]: { value: null, version: 4 } },
      previousReviews: [decision(FORUM, 'accepted', 4)],
      copied: new Set([FORUM]),
    });
    expect(out).toEqual([]);
  });

  it('names the round and fiscal year a decision was made in, and keeps the origin of one carried before', () => {
    const twice = carryDecisions({
      ...FROM,
      fromBankVersion: BANK_VERSION,
      toBankVersion: BANK_VERSION,
      previousAnswers,
      previousReviews: [
        { ...decision(FORUM, 'accepted', 3), origin: { round: 1, fiscalYear: 2024 } },
        { ...decision(IP_HEAD, 'accepted', 2), reviewedAt: '2026-03-31T15:30:00.000Z' },
      ],
      copied,
    });
    expect(twice.find((r) => r.questionId === FORUM)?.origin).toEqual({ round: 1, fiscalYear: 2024 });
    // 31 March 15:30 UTC is 1 April 00:30 in Tokyo: the new fiscal year.
    expect(twice.find((r) => r.questionId === IP_HEAD)?.origin).toEqual({ round: 2, fiscalYear: 2026 });
  });
});

describe('the fiscal year a decision falls in (Japanese 年度, in Tokyo time)', () => {
  it.each([
    ['2026-02-10T03:00:00Z', 3, 2025],
    ['2026-03-31T14:59:59Z', 3, 2025],
    ['2026-03-31T15:00:00Z', 3, 2026],
    ['2026-12-31T15:00:00Z', 12, 2027],
    ['2026-06-30T00:00:00Z', 12, 2026],
    ['2026-06-30T00:00:00Z', 6, 2025],
    ['2026-07-01T00:00:00Z', 6, 2026],
  ])('%s with a year end in month %i is FY%i', (at, endMonth, fy) => {
    expect(fiscalYearOf(new Date(at), endMonth)).toBe(fy);
  });
});
