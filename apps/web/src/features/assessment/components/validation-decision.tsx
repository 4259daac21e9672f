import type { AnswerValidationView } from '@ipgn/contracts';
import { DecisionOrigin } from './decision-origin';
import { ValidationStateBadge } from './validation-state-badge';

/**
 * Under an answer that needs validation: where its decision stands, and the round it was made in when it came along
 * from an earlier round. Nothing before anyone has decided on it.
 */
export function ValidationDecision({ item }: { item: AnswerValidationView | undefined }) {
  if (!item?.review) return null;
  return (
    <p className="validation-decision" data-testid="validation-decision">
      <ValidationStateBadge state={item.state} /> <DecisionOrigin review={item.review} />
    </p>
  );
}
