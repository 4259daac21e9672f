import { useTranslation } from 'react-i18next';
import type { DecisionOrigin as Origin, ReviewDecision } from '@ipgn/assessment';

/**
 * Where a decision carried in from an earlier round was made: 「第1回（2025年度）で承認」 / "Accepted in round 1 (FY2025)",
 * so nobody takes it for a decision of this round. Nothing for a decision made in this round.
 */
export function DecisionOrigin({
  review,
}: {
  review: { decision: ReviewDecision; decidedIn?: Origin | null } | null | undefined;
}) {
  const { t } = useTranslation();
  if (!review?.decidedIn) return null;
  return (
    <span className="decision-origin" data-testid="decision-origin">
      {t(`assessment.validation.decidedIn.${review.decision}`, {
        round: review.decidedIn.round,
        year: review.decidedIn.fiscalYear,
      })}
    </span>
  );
}
