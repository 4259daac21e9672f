import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  REVIEW_COMMENT_MAX_LENGTH,
  type ReviewDecision,
  type TransferDecision,
  type AnswerView,
  type AssessmentBankView,
  type AssessmentDetail,
} from '@ipgn/assessment';
import type { AnswerValidationView } from '@ipgn/contracts';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { CharacterCount } from '../../../shared/components/character-count';
import { useTooLongMessage } from '../../../shared/components/limited-textarea';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { useCurrentMembership } from '../../organizations/hooks/use-current-membership';
import type { Planning } from '../api/assessment-api';
import { useAssessment } from '../hooks/use-assessment';
import { useAssessmentBank } from '../hooks/use-assessment-bank';
import { usePlanning } from '../hooks/use-planning';
import { useReviewAnswer } from '../hooks/use-review-answer';
import { formatAnswer } from '../utils/format-answer';
import { DecisionOrigin } from './decision-origin';
import { ValidationStateBadge } from './validation-state-badge';

import '../assessment.css';
import { formatDateTime } from '../../../shared/i18n/format';

/** The reviewer's screen of the validation step: every answer that needs a decision, its evidence, accept or return. */
export function ReviewPage() {
  const { assessmentId = '' } = useParams();
  const { orgId } = useCurrentMembership();
  const detail = useAssessment(orgId, assessmentId);
  const bank = useAssessmentBank(detail.data?.track, detail.data?.bankVersion);
  const { query: planning } = usePlanning(orgId, assessmentId);
  if (detail.isPending || (detail.isSuccess && (bank.isPending || planning.isPending))) return <LoadingState />;
  if (detail.isError) return <QueryErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  if (bank.isError || !bank.data) return <QueryErrorState error={bank.error} onRetry={() => void bank.refetch()} />;
  if (planning.isError || !planning.data)
    return <QueryErrorState error={planning.error} onRetry={() => void planning.refetch()} />;
  return <Review orgId={orgId} detail={detail.data} bank={bank.data} planning={planning.data} />;
}

function Review({
  orgId,
  detail,
  bank,
  planning,
}: {
  orgId: string;
  detail: AssessmentDetail;
  bank: AssessmentBankView;
  planning: Planning;
}) {
  const { t } = useTranslation();
  const { can } = useCurrentMembership();
  const { validation } = detail;
  const inReview = detail.status === 'in_review';
  const answers = new Map(detail.answers.map((a) => [a.questionId, a]));
  return (
    <section className="page review" aria-labelledby="review-title">
      <h1 id="review-title">{t('assessment.validation.reviewTitle', { round: detail.round })}</h1>
      <p>{t('assessment.validation.reviewIntro')}</p>
      {inReview ? (
        <p className="notice" role="status">
          {validation.complete
            ? t('assessment.validation.complete')
            : t('assessment.validation.inReview', validation.counts)}
        </p>
      ) : (
        <p className="notice">{t('assessment.validation.notInReview')}</p>
      )}
      {validation.items.length === 0 ? <p>{t('assessment.validation.empty')}</p> : null}
      <ol className="review__items">
        {validation.items.map((item) => (
          <ReviewItem
            key={item.questionId}
            orgId={orgId}
            detail={detail}
            bank={bank}
            item={item}
            answer={answers.get(item.questionId)}
            evidence={planning.notes[item.questionId]?.evidence ?? []}
            note={planning.notes[item.questionId]?.comment}
            prior={planning.priorDecisions?.[item.questionId]}
            canDecide={inReview && can('assessment:validate')}
          />
        ))}
      </ol>
      <p>
        <Link to={`/o/${orgId}/assessments/${detail.id}`}>{t('assessment.validation.backToQuestions')}</Link>
      </p>
    </section>
  );
}

interface ReviewItemProps {
  orgId: string;
  detail: AssessmentDetail;
  bank: AssessmentBankView;
  item: AnswerValidationView;
  answer: AnswerView | undefined;
  evidence: readonly string[];
  note: string | undefined;
  /** Last year's decision carried in by an import: context for the reviewer, never this round's validation. */
  prior: TransferDecision | undefined;
  canDecide: boolean;
}

function ReviewItem({ orgId, detail, bank, item, answer, evidence, note, prior, canDecide }: ReviewItemProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const me = useCurrentUser();
  const review = useReviewAnswer(orgId, detail.id);
  const [comment, setComment] = useState('');
  const tooLong = useTooLongMessage();
  const commentTooLong = tooLong(comment, REVIEW_COMMENT_MAX_LENGTH);
  const [missingReason, setMissingReason] = useState(false);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const question = bank.questions.find((q) => q.id === item.questionId);
  const prompt = question?.prompt[locale] ?? item.questionId;
  const ownAnswer = answer?.answeredBy?.userId !== undefined && answer.answeredBy.userId === me.data?.id;
  const last = item.review;

  const decide = (decision: ReviewDecision) => {
    // A returned answer goes back to its contributor: they need the reason (the API checks it too).
    if (decision === 'returned' && comment.trim() === '') {
      setMissingReason(true);
      commentRef.current?.focus();
      return;
    }
    setMissingReason(false);
    // Over the limit the comment stays whole with the reason beside it (never cut); nothing is sent.
    if (commentTooLong) {
      commentRef.current?.focus();
      return;
    }
    review.mutate(
      { questionId: item.questionId, decision, comment, answerVersion: item.answerVersion },
      { onSuccess: () => setComment('') },
    );
  };

  return (
    <li className="review__item" aria-labelledby={`${id}-q`}>
      <h2 id={`${id}-q`} className="review__question">
        {prompt}
      </h2>
      <p className="review__state">
        <ValidationStateBadge state={item.state} /> <DecisionOrigin review={last} />
      </p>
      <dl className="review__facts">
        <dt>{t('assessment.validation.answer')}</dt>
        <dd>{question && answer ? formatAnswer(question, answer.value, locale) : '—'}</dd>
        {answer?.answeredBy ? (
          <dd>{t('assessment.validation.answeredBy', { name: answer.answeredBy.displayName })}</dd>
        ) : null}
        <dt>{t('assessment.validation.evidence')}</dt>
        {evidence.length === 0 ? <dd>{t('assessment.validation.noEvidence')}</dd> : null}
        {evidence.map((url) => (
          <dd key={url}>
            <a href={url} target="_blank" rel="noreferrer noopener">
              {url}
            </a>
          </dd>
        ))}
        {note ? <dd>{t('assessment.validation.note', { comment: note })}</dd> : null}
      </dl>
      {last ? (
        <p className="review__last">
          {last.answerVersion !== item.answerVersion
            ? t('assessment.validation.lapsed', { decision: t(`assessment.validation.state.${last.decision}`) })
            : t('assessment.validation.lastDecision', {
                decision: t(`assessment.validation.state.${last.decision}`),
                name: last.reviewedBy?.displayName ?? '—',
                date: formatDateTime(last.reviewedAt),
              })}
          {last.comment ? ` — ${last.comment}` : ''}
        </p>
      ) : null}
      {prior ? (
        <p className="review__prior hint" data-testid="prior-decision">
          {t('assessment.validation.prior', {
            decision: t(`assessment.validation.state.${prior.decision}`),
            name: prior.reviewedBy ?? '—',
            date: formatDateTime(prior.reviewedAt),
          })}
          {prior.comment ? ` — ${prior.comment}` : ''}
          {prior.current ? '' : ` ${t('assessment.validation.priorChanged')}`} <DecisionOrigin review={prior} />
        </p>
      ) : null}
      {canDecide && ownAnswer ? <p className="notice">{t('assessment.validation.ownAnswer')}</p> : null}
      {canDecide && !ownAnswer ? (
        <div className="review__decide">
          <label htmlFor={`${id}-comment`}>{t('assessment.validation.comment')}</label>
          <textarea
            id={`${id}-comment`}
            ref={commentRef}
            rows={2}
            value={comment}
            aria-invalid={missingReason || commentTooLong ? true : undefined}
            aria-describedby={[`${id}-count`, missingReason || commentTooLong ? `${id}-error` : null]
              .filter(Boolean)
              .join(' ')}
            onChange={(e) => setComment(e.target.value)}
          />
          <CharacterCount id={`${id}-count`} count={comment.length} max={REVIEW_COMMENT_MAX_LENGTH} />
          {missingReason || commentTooLong ? (
            <p id={`${id}-error`} className="field__error">
              {commentTooLong ?? t('assessment.validation.commentRequired')}
            </p>
          ) : null}
          <div className="review__buttons">
            <button
              type="button"
              className="button button--primary"
              disabled={review.isPending}
              onClick={() => decide('accepted')}
              aria-describedby={`${id}-q`}
            >
              {t('assessment.validation.accept')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={review.isPending}
              onClick={() => decide('returned')}
              aria-describedby={`${id}-q`}
            >
              {t('assessment.validation.return')}
            </button>
            {review.isPending ? <span role="status">{t('assessment.validation.saving')}</span> : null}
          </div>
          {review.isError ? <FormErrorAlert error={review.error} /> : null}
        </div>
      ) : null}
    </li>
  );
}
