import { roleHasPermission, type DraftStatus, type OrganizationRole } from '@ipgn/contracts';
import {
  DRAFT_COMMENT_PERMISSIONS,
  DRAFT_EDIT_PERMISSION,
  DRAFT_STATES,
  DRAFT_TRANSITION_NAMES,
  DRAFT_TRANSITIONS,
  type DraftTransitionName,
} from './draft-workflow';

/**
 * Why a step is refused: the role lacks the permission, the draft already is where the step leads (a second click:
 * the API answers with the state reached, not an error), or the draft is not in a state the step leaves from.
 */
export type DraftStepCheck =
  | { ok: true; to: DraftStatus }
  | { ok: false; reason: 'forbidden' | 'already_done' | 'invalid_state'; to: DraftStatus };

/** May `role` take step `name` on a draft in `status`? Permission is checked first (as the API's route guard does). */
export function checkDraftTransition(
  status: DraftStatus,
  role: OrganizationRole,
  name: DraftTransitionName,
): DraftStepCheck {
  const rule = DRAFT_TRANSITIONS[name];
  if (!roleHasPermission(role, rule.permission)) return { ok: false, reason: 'forbidden', to: rule.to };
  if (!rule.from.includes(status))
    return { ok: false, reason: status === rule.to ? 'already_done' : 'invalid_state', to: rule.to };
  return { ok: true, to: rule.to };
}

/**
 * Four-eyes: may the member `actorId` take step `name` when `lastEditorId` saved the draft's current version?
 * (A version saved by a since-deleted account has no editor and never blocks.) `otherReviewers` counts the other
 * members who may review: with none (a company of one, as many SMEs are), a second pair of eyes does not exist and
 * the rule would leave the draft stuck for good, so the sole reviewer may approve — the API records that it did.
 */
export function passesFourEyes(
  name: DraftTransitionName,
  actorId: string,
  lastEditorId: string | null,
  otherReviewers = 1,
): boolean {
  return !DRAFT_TRANSITIONS[name].fourEyes || lastEditorId === null || lastEditorId !== actorId || otherReviewers === 0;
}

/** The distinct open slots a request must list back to take step `name` (none when the step does not ask). */
export function gapsToAcknowledge(
  name: DraftTransitionName,
  openSlotIds: readonly string[],
  acknowledged: readonly string[] = [],
): string[] {
  if (!DRAFT_TRANSITIONS[name].acknowledgesGaps) return [];
  const seen = new Set(acknowledged);
  return [...new Set(openSlotIds)].filter((id) => !seen.has(id));
}

/** Does the state allow the step, whoever asks? */
export function transitionLeavesFrom(status: DraftStatus, name: DraftTransitionName): boolean {
  return DRAFT_TRANSITIONS[name].from.includes(status);
}

/** The steps `role` may take on a draft in `status`, in the table's order (what the web app shows as buttons). */
export function availableDraftTransitions(status: DraftStatus, role: OrganizationRole): DraftTransitionName[] {
  return DRAFT_TRANSITION_NAMES.filter((name) => checkDraftTransition(status, role, name).ok);
}

/** Can the text of a draft in `status` be changed at all? */
export function isDraftEditable(status: DraftStatus): boolean {
  return DRAFT_STATES[status].editable;
}

/** May `role` edit the text of a draft in `status`? */
export function canEditDraft(status: DraftStatus, role: OrganizationRole): boolean {
  return roleHasPermission(role, DRAFT_EDIT_PERMISSION) && isDraftEditable(status);
}

/** The status a draft has after an edit is saved. */
export function statusAfterEdit(status: DraftStatus): DraftStatus {
  return DRAFT_STATES[status].afterEdit;
}

/** May `role` comment on a draft (in any state)? */
export function canCommentOnDraft(role: OrganizationRole): boolean {
  return DRAFT_COMMENT_PERMISSIONS.some((p) => roleHasPermission(role, p));
}
