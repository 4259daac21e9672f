import { DRAFT_STATUSES, ORGANIZATION_ROLES, type DraftStatus, type OrganizationRole } from '@ipgn/contracts';
import {
  availableDraftTransitions,
  canCommentOnDraft,
  canEditDraft,
  checkDraftTransition,
  gapsToAcknowledge,
  isDraftEditable,
  passesFourEyes,
  statusAfterEdit,
} from './draft-access';
import { DRAFT_TRANSITIONS, DRAFT_TRANSITION_NAMES, type DraftTransitionName } from './draft-workflow';

type Action = DraftTransitionName | 'edit' | 'comment';
const ACTIONS: Action[] = ['submit', 'approve', 'request_changes', 'publish', 'unpublish', 'edit', 'comment'];

// The expected workflow, written out by hand (not derived from the table under test): who may, and from where.
const EDITORS: OrganizationRole[] = ['owner', 'admin', 'contributor', 'advisor'];
const REVIEWERS: OrganizationRole[] = ['owner', 'admin', 'reviewer'];
const PUBLISHERS: OrganizationRole[] = ['owner', 'admin'];
const EXPECTED: Record<Action, { roles: OrganizationRole[]; states: DraftStatus[] }> = {
  submit: { roles: EDITORS, states: ['draft', 'changes_requested', 'withdrawn'] },
  approve: { roles: REVIEWERS, states: ['in_review'] },
  request_changes: { roles: REVIEWERS, states: ['in_review', 'approved'] },
  publish: { roles: PUBLISHERS, states: ['approved'] },
  unpublish: { roles: PUBLISHERS, states: ['published'] },
  edit: { roles: EDITORS, states: ['draft', 'changes_requested', 'published', 'withdrawn'] },
  comment: { roles: ['owner', 'admin', 'contributor', 'reviewer', 'advisor'], states: [...DRAFT_STATUSES] },
};
const EXPECTED_TO: Record<DraftTransitionName, DraftStatus> = {
  submit: 'in_review',
  approve: 'approved',
  request_changes: 'changes_requested',
  publish: 'published',
  unpublish: 'withdrawn',
};

function allowed(status: DraftStatus, role: OrganizationRole, action: Action): boolean {
  if (action === 'edit') return canEditDraft(status, role);
  if (action === 'comment') return canCommentOnDraft(role);
  return checkDraftTransition(status, role, action).ok;
}

const cases = DRAFT_STATUSES.flatMap((status) =>
  ORGANIZATION_ROLES.flatMap((role) => ACTIONS.map((action) => [status, role, action] as const)),
);

describe('draft workflow: every state × action × role', () => {
  it('covers the whole matrix (6 states × 7 actions × 6 roles)', () => {
    expect(DRAFT_STATUSES).toHaveLength(6);
    expect(ORGANIZATION_ROLES).toHaveLength(6);
    expect(cases).toHaveLength(252);
  });

  it.each(cases)('%s × %s × %s', (status, role, action) => {
    const expected = EXPECTED[action].roles.includes(role) && EXPECTED[action].states.includes(status);
    expect(allowed(status, role, action)).toBe(expected);
  });

  it.each(cases.filter(([, , a]) => a !== 'edit' && a !== 'comment'))(
    '%s × %s × %s: says why when refused',
    (status, role, action) => {
      const name = action as DraftTransitionName;
      const result = checkDraftTransition(status, role, name);
      expect(result.to).toBe(EXPECTED_TO[name]);
      if (result.ok) return;
      // The permission is checked before the state, as the API's route guard runs before the service; a draft
      // already where the step leads is "already done" (a second click), not an error.
      const stateReason = status === EXPECTED_TO[name] ? 'already_done' : 'invalid_state';
      expect(result.reason).toBe(EXPECTED[name].roles.includes(role) ? stateReason : 'forbidden');
    },
  );
});

describe('draft workflow rules', () => {
  it('lists the steps a role may take, in order', () => {
    expect(availableDraftTransitions('in_review', 'owner')).toEqual(['approve', 'request_changes']);
    expect(availableDraftTransitions('in_review', 'contributor')).toEqual([]);
    expect(availableDraftTransitions('draft', 'advisor')).toEqual(['submit']);
    expect(availableDraftTransitions('approved', 'admin')).toEqual(['request_changes', 'publish']);
    expect(availableDraftTransitions('approved', 'reviewer')).toEqual(['request_changes']);
    expect(availableDraftTransitions('published', 'owner')).toEqual(['unpublish']);
    expect(availableDraftTransitions('withdrawn', 'contributor')).toEqual(['submit']);
  });

  it('four-eyes: only approval is barred to the member who saved the current version', () => {
    expect(passesFourEyes('approve', 'u1', 'u1')).toBe(false);
    expect(passesFourEyes('approve', 'u1', 'u2')).toBe(true);
    expect(passesFourEyes('approve', 'u1', null)).toBe(true);
    for (const n of DRAFT_TRANSITION_NAMES.filter((x) => x !== 'approve'))
      expect(passesFourEyes(n, 'u1', 'u1')).toBe(true);
  });

  it('four-eyes never strands a company of one: with no other member who may review, the sole reviewer may approve', () => {
    expect(passesFourEyes('approve', 'u1', 'u1', 0)).toBe(true);
    expect(passesFourEyes('approve', 'u1', 'u1', 1)).toBe(false);
  });

  it('a review request must list every open gap back; other steps never ask', () => {
    expect(gapsToAcknowledge('submit', ['a', 'b', 'a'], [])).toEqual(['a', 'b']);
    expect(gapsToAcknowledge('submit', ['a', 'b'], ['b'])).toEqual(['a']);
    expect(gapsToAcknowledge('submit', ['a', 'b'], ['b', 'a', 'x'])).toEqual([]);
    expect(gapsToAcknowledge('submit', [], [])).toEqual([]);
    expect(gapsToAcknowledge('approve', ['a'], [])).toEqual([]);
  });

  it('editing a published draft starts a new cycle; other states keep their status', () => {
    expect(statusAfterEdit('published')).toBe('draft');
    expect(statusAfterEdit('withdrawn')).toBe('draft');
    for (const s of ['draft', 'changes_requested'] as const) expect(statusAfterEdit(s)).toBe(s);
    expect(DRAFT_STATUSES.filter(isDraftEditable)).toEqual(['draft', 'changes_requested', 'published', 'withdrawn']);
  });

  it('names each step’s route, audit action and needs', () => {
    expect(DRAFT_TRANSITION_NAMES.map((n) => DRAFT_TRANSITIONS[n].route)).toEqual([
      'submit-for-review',
      'approve',
      'request-changes',
      'publish',
      'unpublish',
    ]);
    expect(DRAFT_TRANSITION_NAMES.map((n) => DRAFT_TRANSITIONS[n].audit)).toEqual([
      'draft.submitted_for_review',
      'draft.approved',
      'draft.changes_requested',
      'draft.published',
      'draft.unpublished',
    ]);
    expect(DRAFT_TRANSITION_NAMES.filter((n) => DRAFT_TRANSITIONS[n].confirm)).toEqual(['publish', 'unpublish']);
    expect(DRAFT_TRANSITION_NAMES.filter((n) => DRAFT_TRANSITIONS[n].needsComment)).toEqual(['request_changes']);
    expect(DRAFT_TRANSITION_NAMES.filter((n) => DRAFT_TRANSITIONS[n].needsComplete)).toEqual(['publish']);
  });

  it('every state is reachable from a new draft, and no state is a dead end (each can be edited or left)', () => {
    const reached = new Set<DraftStatus>(['draft']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const n of DRAFT_TRANSITION_NAMES) {
        const r = DRAFT_TRANSITIONS[n];
        if (r.from.some((f) => reached.has(f)) && !reached.has(r.to)) {
          reached.add(r.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...DRAFT_STATUSES].sort());
    for (const status of DRAFT_STATUSES) {
      const leaves = DRAFT_TRANSITION_NAMES.some((n) => DRAFT_TRANSITIONS[n].from.includes(status));
      expect({ status, exit: leaves || isDraftEditable(status) }).toEqual({ status, exit: true });
    }
  });
});
