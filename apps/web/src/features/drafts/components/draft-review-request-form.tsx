import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { roleHasPermission } from '@ipgn/contracts';
import { AppForm } from '../../../shared/forms/app-form';
import { FormCheckbox } from '../../../shared/forms/form-checkbox';
import { FormSelectField } from '../../../shared/forms/form-select-field';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { useMembers } from '../../members/hooks/use-members';
import type { ReviewRequestBody } from '../api/drafts-api';
import type { DraftDetail } from '@ipgn/drafting';

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
  const { t, i18n } = useTranslation();
  // The items are listed in the reader's language, like the draft's "to be completed" panel.
  const language = currentLocale(i18n);
  const members = useMembers(orgId);
  const gaps = detail.current.completenessDetail.missing;
  const form = useAppForm<{ reviewerId: string; accepted: boolean }>({
    defaultValues: { reviewerId: '', accepted: false },
    pending,
    onValid: ({ reviewerId }) =>
      onSend({ ...(reviewerId ? { reviewerId } : {}), acknowledgedGaps: gaps.map((g) => g.slotId) }),
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const reviewers = members.items.filter((m) => roleHasPermission(m.role, 'draft:review') && m.userId !== userId);
  return (
    <AppForm form={form} alert={false} className="form draft-review-request" data-testid="draft-review-request">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('drafts.workflow.requestReviewHeading')}
      </h3>
      <FormSelectField
        control={form.form.control}
        name="reviewerId"
        label={t('drafts.workflow.reviewerLabel')}
        placeholder={t('drafts.workflow.reviewerAny')}
        options={reviewers.map((m) => ({ value: m.userId, label: m.displayName }))}
      />
      {gaps.length > 0 ? (
        <fieldset className="field draft-review-request__gaps">
          <legend className="field__label">{t('drafts.workflow.gapsHeading', { count: gaps.length })}</legend>
          <p className="muted">{t('drafts.workflow.gapsIntro')}</p>
          <ul className="list" data-testid="draft-review-gaps">
            {gaps.map((g) => (
              <li key={g.slotId}>{g.label[language]}</li>
            ))}
          </ul>
          <FormCheckbox
            control={form.form.control}
            name="accepted"
            label={t('drafts.workflow.gapsAccept')}
            validate={(accepted) => (accepted ? undefined : t('drafts.workflow.gapsRequired'))}
          />
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
    </AppForm>
  );
}
