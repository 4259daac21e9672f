import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roleHasPermission } from '@ipgn/contracts';
import { useMembers } from '../../members/hooks/use-members';
import type { DraftDetail } from '../api/draft-api-types';
import type { ReviewRequestBody } from '../api/drafts-api';

export type ReviewRequest = ReviewRequestBody;

export interface DraftReviewRequestFormProps {
  orgId: string;
  detail: DraftDetail;
  /** The signed-in member (not offered as their own reviewer). */
  userId: string | undefined;
  pending: boolean;
  onSend: (request: ReviewRequest) => void;
  onCancel: () => void;
}

/**
 * Requesting review: pick a reviewer (optional; members whose role may review), and when "to be completed" items
 * remain, see them listed and accept them explicitly (the API refuses the request otherwise).
 */
export function DraftReviewRequestForm({
  orgId,
  detail,
  userId,
  pending,
  onSend,
  onCancel,
}: DraftReviewRequestFormProps) {
  const { t } = useTranslation();
  const members = useMembers(orgId);
  const [reviewerId, setReviewerId] = useState('');
  const [accepted, setAccepted] = useState(false);
  const [showError, setShowError] = useState(false);
  const reviewerFieldId = useId();
  const acceptId = useId();
  const acceptErrorId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const gaps = detail.current.completenessDetail.missing;
  const reviewers = members.items.filter((m) => roleHasPermission(m.role, 'draft:review') && m.userId !== userId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (gaps.length > 0 && !accepted) {
      setShowError(true);
      return;
    }
    onSend({ ...(reviewerId ? { reviewerId } : {}), acknowledgedGaps: gaps.map((g) => g.slotId) });
  };
  return (
    <form className="form draft-review-request" onSubmit={submit} noValidate data-testid="draft-review-request">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('drafts.workflow.requestReviewHeading')}
      </h3>
      <div className="field">
        <label htmlFor={reviewerFieldId} className="field__label">
          {t('drafts.workflow.reviewerLabel')}
        </label>
        <select
          id={reviewerFieldId}
          className="field__input"
          value={reviewerId}
          onChange={(e) => setReviewerId(e.target.value)}
        >
          <option value="">{t('drafts.workflow.reviewerAny')}</option>
          {reviewers.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.displayName}
            </option>
          ))}
        </select>
      </div>
      {gaps.length > 0 ? (
        <fieldset className="field draft-review-request__gaps">
          <legend className="field__label">{t('drafts.workflow.gapsHeading', { count: gaps.length })}</legend>
          <p className="muted">{t('drafts.workflow.gapsIntro')}</p>
          <ul className="list" data-testid="draft-review-gaps">
            {gaps.map((g) => (
              <li key={g.slotId}>{g.label[detail.language]}</li>
            ))}
          </ul>
          <label htmlFor={acceptId} className="choice">
            <input
              id={acceptId}
              type="checkbox"
              checked={accepted}
              aria-invalid={showError && !accepted}
              aria-describedby={showError && !accepted ? acceptErrorId : undefined}
              onChange={(e) => {
                setAccepted(e.target.checked);
                setShowError(false);
              }}
            />{' '}
            {t('drafts.workflow.gapsAccept')}
          </label>
          {showError && !accepted ? (
            <p id={acceptErrorId} className="field__error">
              {t('drafts.workflow.gapsRequired')}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending}>
          {t('drafts.workflow.sendReview')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('drafts.workflow.cancel')}
        </button>
      </div>
    </form>
  );
}
