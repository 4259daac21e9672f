import { Answers } from '../bank/answer';
import { AssessmentProfile } from '../bank/assessment-profile';
import { getQuestion } from '../bank/question-bank';
import { Question } from '../bank/question';
import { scoreAssessment } from '../scoring/score-assessment';
import { sampleAnswers } from '../testing/sample-answers';
import { AnswerReview } from './answer-review';
import { needsValidation } from './needs-validation';
import { checkAnswerEditable, checkFinalize, checkRequestValidation, checkReview, ReviewRequest } from './review-rules';
import { countedAnswers, roundValidation, VersionedAnswer } from './round-validation';

const profile: AssessmentProfile = { listingStatus: 'prime', companySize: 'large' };
const HIGH = 'm6.cross-functional';
const LOW = 'm6.ip-head-in-strategy';

function question(id: string): Question {
  const q = getQuestion(id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

function versioned(values: Record<string, number | string | readonly string[]>): Record<string, VersionedAnswer> {
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, version: 1 }]));
}

const accept = (questionId: string, answerVersion = 1): AnswerReview => ({
  questionId,
  decision: 'accepted',
  comment: '',
  answerVersion,
  reviewedBy: 'r',
});
const giveBack = (questionId: string, answerVersion = 1): AnswerReview => ({
  questionId,
  decision: 'returned',
  comment: '規程の写しを添付してください',
  answerVersion,
  reviewedBy: 'r',
});

describe('which answers need validation', () => {
  it('asks evidence for maturity claims at level 3 or 4 only', () => {
    const q = question(HIGH);
    expect([0, 1, 2, 3, 4].map((level) => needsValidation(q, level))).toEqual([false, false, false, true, true]);
    expect(needsValidation(q, null)).toBe(false);
  });

  it('never asks it of facts or free text', () => {
    expect(needsValidation(question('m0.revenue'), 1_000_000)).toBe(false);
    expect(needsValidation(question('m1.top-three'), 'ブランド、製造ノウハウ、顧客基盤')).toBe(false);
  });

  it('lists every visible high claim in a round, leaves out excluded modules, and counts the states', () => {
    const answers = sampleAnswers('listed', 3, profile);
    const all = roundValidation({
      track: 'listed',
      bankVersion: '2026.12-1',
      profile,
      answers: versioned(answers as Record<string, number>),
      reviews: [],
    });
    expect(all.items.length).toBeGreaterThan(10);
    expect(all.items.every((i) => i.state === 'pending')).toBe(true);
    expect(all.complete).toBe(false);
    const scoped = roundValidation({
      track: 'listed',
      bankVersion: '2026.12-1',
      profile,
      answers: versioned(answers as Record<string, number>),
      reviews: [],
      scope: { modules: { m6: 'no board' } },
    });
    expect(scoped.items.some((i) => i.questionId.startsWith('m6.'))).toBe(false);
    expect(scoped.items.length).toBeLessThan(all.items.length);
  });

  it('lets a decision lapse when the answer changed after it', () => {
    const answers = { [HIGH]: { value: 4, version: 2 } };
    const v = roundValidation({
      track: 'listed',
      bankVersion: '2026.12-1',
      profile,
      answers,
      reviews: [giveBack(HIGH, 1)],
    });
    expect(v.items).toEqual([{ questionId: HIGH, state: 'pending', review: giveBack(HIGH, 1) }]);
    const now = roundValidation({
      track: 'listed',
      bankVersion: '2026.12-1',
      profile,
      answers,
      reviews: [accept(HIGH, 2)],
    });
    expect(now.items[0]?.state).toBe('accepted');
    expect(now.complete).toBe(true);
    expect(now.counts).toEqual({ pending: 0, accepted: 1, returned: 0 });
  });
});

describe('what counts once validation is on', () => {
  it('leaves pending and returned claims out of the scores, and counts accepted and low answers', () => {
    const answers = { [HIGH]: 4, [LOW]: 1 };
    const v = roundValidation({
      track: 'listed',
      bankVersion: '2026.12-1',
      profile,
      answers: versioned(answers),
      reviews: [giveBack(HIGH)],
    });
    expect(countedAnswers(answers, v)).toEqual({ [LOW]: 1 });
    const accepted = roundValidation({
      track: 'listed',
      bankVersion: '2026.12-1',
      profile,
      answers: versioned(answers),
      reviews: [accept(HIGH)],
    });
    expect(countedAnswers(answers, accepted)).toEqual(answers);
    const score = (a: Answers) =>
      scoreAssessment({ track: 'listed', answers: a, profile }).byModule.find((m) => m.id === 'm6')?.score;
    expect(score(countedAnswers(answers, v))).toBeLessThan(score(answers) ?? 0);
  });
});

describe('a decision', () => {
  const validation = roundValidation({
    track: 'listed',
    bankVersion: '2026.12-1',
    profile,
    answers: { [HIGH]: { value: 4, version: 3 }, [LOW]: { value: 1, version: 1 } },
    reviews: [],
  });
  const base: ReviewRequest = {
    roundStatus: 'in_review',
    validation,
    questionId: HIGH,
    answer: { version: 3, answeredBy: 'contributor' },
    reviewerId: 'reviewer',
    decision: 'accepted',
    comment: '議事録で確認',
    answerVersion: 3,
  };

  it('is accepted with a trimmed comment and the answer version it saw', () => {
    expect(checkReview({ ...base, comment: '  議事録で確認 ' })).toEqual({
      ok: true,
      review: {
        questionId: HIGH,
        decision: 'accepted',
        comment: '議事録で確認',
        answerVersion: 3,
        reviewedBy: 'reviewer',
      },
    });
    expect(checkReview({ ...base, comment: undefined })).toMatchObject({ ok: true, review: { comment: '' } });
  });

  it('is refused outside review, on answers that need none, and by the person who answered', () => {
    expect(checkReview({ ...base, roundStatus: 'draft' })).toMatchObject({ ok: false, code: 'round-not-in-review' });
    expect(checkReview({ ...base, roundStatus: 'submitted' })).toMatchObject({
      ok: false,
      code: 'round-not-in-review',
    });
    expect(checkReview({ ...base, questionId: LOW })).toMatchObject({ ok: false, code: 'not-required' });
    expect(checkReview({ ...base, reviewerId: 'contributor' })).toMatchObject({ ok: false, code: 'self-review' });
  });

  it('needs a reason to return, a known decision, a short comment and the current version', () => {
    expect(checkReview({ ...base, decision: 'returned', comment: '  ' })).toEqual({
      ok: false,
      code: 'comment-required',
      field: 'comment',
    });
    expect(checkReview({ ...base, decision: 'maybe' })).toEqual({
      ok: false,
      code: 'invalid-decision',
      field: 'decision',
    });
    expect(checkReview({ ...base, comment: 42 })).toEqual({ ok: false, code: 'comment-required', field: 'comment' });
    expect(checkReview({ ...base, comment: 'x'.repeat(2001) })).toEqual({
      ok: false,
      code: 'comment-too-long',
      field: 'comment',
    });
    expect(checkReview({ ...base, answerVersion: 2 })).toEqual({
      ok: false,
      code: 'stale-answer',
      field: 'answerVersion',
    });
    expect(checkReview({ ...base, answerVersion: '3' })).toEqual({
      ok: false,
      code: 'stale-answer',
      field: 'answerVersion',
    });
  });
});

describe('the round', () => {
  const answers = { [HIGH]: { value: 4, version: 1 } };
  const pending = roundValidation({ track: 'listed', bankVersion: '2026.12-1', profile, answers, reviews: [] });
  const returned = roundValidation({
    track: 'listed',
    bankVersion: '2026.12-1',
    profile,
    answers,
    reviews: [giveBack(HIGH)],
  });
  const fixed = roundValidation({
    track: 'listed',
    bankVersion: '2026.12-1',
    profile,
    answers: { [HIGH]: { value: 4, version: 2 } },
    reviews: [giveBack(HIGH)],
  });
  const accepted = roundValidation({
    track: 'listed',
    bankVersion: '2026.12-1',
    profile,
    answers,
    reviews: [accept(HIGH)],
  });

  it('goes into review only from a draft', () => {
    expect(checkRequestValidation('draft')).toEqual({ ok: true });
    expect(checkRequestValidation('in_review')).toEqual({ ok: false, code: 'round-not-draft' });
    expect(checkRequestValidation('submitted')).toEqual({ ok: false, code: 'round-locked' });
  });

  it('is final only when every claim in review was accepted', () => {
    expect(checkFinalize('in_review', pending)).toEqual({ ok: false, code: 'validation-incomplete' });
    expect(checkFinalize('in_review', returned)).toEqual({ ok: false, code: 'validation-incomplete' });
    expect(checkFinalize('in_review', accepted)).toEqual({ ok: true });
    expect(checkFinalize('draft', pending)).toEqual({ ok: true });
    expect(checkFinalize('submitted', accepted)).toEqual({ ok: false, code: 'round-locked' });
  });

  it('lets the contributor change only returned answers while in review', () => {
    expect(checkAnswerEditable('draft', undefined)).toEqual({ ok: true });
    expect(checkAnswerEditable('in_review', pending.items[0])).toEqual({ ok: false, code: 'not-returned' });
    expect(checkAnswerEditable('in_review', accepted.items[0])).toEqual({ ok: false, code: 'not-returned' });
    expect(checkAnswerEditable('in_review', undefined)).toEqual({ ok: false, code: 'not-returned' });
    expect(checkAnswerEditable('in_review', returned.items[0])).toEqual({ ok: true });
    expect(checkAnswerEditable('in_review', fixed.items[0])).toEqual({ ok: true });
    expect(checkAnswerEditable('submitted', returned.items[0])).toEqual({ ok: false, code: 'round-locked' });
  });
});
