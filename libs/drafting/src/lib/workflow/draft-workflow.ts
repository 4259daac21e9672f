import type { DraftStatus, Permission } from '@ipgn/contracts';

/** The named steps of a draft's review cycle (editing and commenting are not steps: see DRAFT_STATES). */
export type DraftTransitionName = 'submit' | 'approve' | 'request_changes' | 'publish' | 'unpublish';

export interface DraftTransitionRule {
  /** States the step may leave from. */
  readonly from: readonly DraftStatus[];
  /** State the step arrives in. */
  readonly to: DraftStatus;
  /** Permission a member's role needs to take the step. */
  readonly permission: Permission;
  /** Audit action recorded for the step. */
  readonly audit: string;
  /** The last path segment of the API route (`POST /orgs/:orgId/drafts/:id/<route>`). */
  readonly route: string;
  /** The step carries a reviewer's comment. */
  readonly needsComment: boolean;
  /** The step needs every "to be completed" slot filled (a scored version). */
  readonly needsComplete: boolean;
  /** Open "to be completed" slots must be listed back in the request (the person saw and accepted them). */
  readonly acknowledgesGaps: boolean;
  /** Four-eyes: the member who saved the current version may not take the step. */
  readonly fourEyes: boolean;
  /** The web app asks "are you sure?" first (the step changes what the public sees). */
  readonly confirm: boolean;
}

export interface DraftStateRule {
  /** The text may be edited (a new version saved). */
  readonly editable: boolean;
  /** The status after an edit is saved (editing a published draft starts a new cycle). */
  readonly afterEdit: DraftStatus;
}

/**
 * The draft workflow as data. Adding a state or a step (issue 14: changes requested after approval, unpublish)
 * means adding a row here and its status to DRAFT_STATUSES; the API, the web app and the tests read this table.
 */
export const DRAFT_TRANSITIONS: Readonly<Record<DraftTransitionName, DraftTransitionRule>> = {
  submit: {
    from: ['draft', 'changes_requested', 'withdrawn'],
    to: 'in_review',
    permission: 'draft:edit',
    audit: 'draft.submitted_for_review',
    route: 'submit-for-review',
    needsComment: false,
    needsComplete: false,
    acknowledgesGaps: true,
    fourEyes: false,
    confirm: false,
  },
  approve: {
    from: ['in_review'],
    to: 'approved',
    permission: 'draft:review',
    audit: 'draft.approved',
    route: 'approve',
    needsComment: false,
    needsComplete: false,
    acknowledgesGaps: false,
    fourEyes: true,
    confirm: false,
  },
  // From approved too: an approved draft that still has gaps (or needs a fix) must be sendable back (issue 14).
  request_changes: {
    from: ['in_review', 'approved'],
    to: 'changes_requested',
    permission: 'draft:review',
    audit: 'draft.changes_requested',
    route: 'request-changes',
    needsComment: true,
    needsComplete: false,
    acknowledgesGaps: false,
    fourEyes: false,
    confirm: false,
  },
  publish: {
    from: ['approved'],
    to: 'published',
    permission: 'draft:publish',
    audit: 'draft.published',
    route: 'publish',
    needsComment: false,
    needsComplete: true,
    acknowledgesGaps: false,
    fourEyes: false,
    confirm: true,
  },
  // Takes the publication off the public pages; the draft can then be corrected and go through review again.
  unpublish: {
    from: ['published'],
    to: 'withdrawn',
    permission: 'draft:publish',
    audit: 'draft.unpublished',
    route: 'unpublish',
    needsComment: false,
    needsComplete: false,
    acknowledgesGaps: false,
    fourEyes: false,
    confirm: true,
  },
};

export const DRAFT_TRANSITION_NAMES = Object.keys(DRAFT_TRANSITIONS) as DraftTransitionName[];

/** What each state allows besides the steps: editing, and where an edit leads. */
export const DRAFT_STATES: Readonly<Record<DraftStatus, DraftStateRule>> = {
  draft: { editable: true, afterEdit: 'draft' },
  in_review: { editable: false, afterEdit: 'in_review' },
  changes_requested: { editable: true, afterEdit: 'changes_requested' },
  approved: { editable: false, afterEdit: 'approved' },
  published: { editable: true, afterEdit: 'draft' },
  withdrawn: { editable: true, afterEdit: 'draft' },
};

/** Permission to edit a draft's text (in an editable state). */
export const DRAFT_EDIT_PERMISSION: Permission = 'draft:edit';
/** Any of these lets a member comment on a draft (a viewer stays read-only). */
export const DRAFT_COMMENT_PERMISSIONS: readonly Permission[] = ['draft:edit', 'draft:review'];
