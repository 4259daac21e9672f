import { DRAFT_STATUSES, ORGANIZATION_ROLES, type DraftStatus, type OrganizationRole } from '@ipgn/contracts';
import {
  availableDraftTransitions,
  canCommentOnDraft,
  canEditDraft,
  checkDraftTransition,
  isDraftEditable,
  statusAfterEdit,
} from './draft-access';
import { DRAFT_TRANSITIONS, DRAFT_TRANSITION_NAMES, type DraftTransitionName } from './draft-workflow';

type Action = DraftTransitionName | 'edit' | 'comment';
const ACTIONS: Action[] = ['submit', 'approve', 'request_changes', 'publish', 'edit', 'comment'];

// The expected workflow, written out by hand (not derived from the table under test): who may, and from where.
const EDITORS: OrganizationRole[] = ['owner', 'admin', 'contributor', 'advisor'];
const REVIEWERS: OrganizationRole[] = ['owner', 'admin', 'reviewer'];
const PUBLISHERS: OrganizationRole[] = ['owner', 'admin'];
const EXPECTED: Record<Action, { roles: OrganizationRole[]; states: DraftStatus[] }> = {
  submit: { roles: EDITORS, states: ['draft', 'changes_requested'] },
  approve: { roles: REVIEWERS, states: ['in_review'] },
  request_changes: { roles: REVIEWERS, states: ['in_review'] },
  publish: { roles: PUBLISHERS, states: ['approved'] },
  edit: { roles: EDITORS, states: ['draft', 'changes_requested', 'published'] },
  comment: { roles: ['owner', 'admin', 'contributor', 'reviewer', 'advisor'], states: [...DRAFT_STATUSES] },
};
const EXPECTED_TO: Record<DraftTransitionName, DraftStatus> = {
  submit: 'in_review',
  approve: 'approved',
  request_changes: 'changes_requested',
  publish: 'published',
};

function allowed(status: DraftStatus, role: OrganizationRole, action: Action): boolean {
  if (action === 'edit') return canEditDraft(status, role);
  if (action === 'comment') return canCommentOnDraft(role);
  return checkDraftTransition(status, role, action).ok;
}

const cases = DRAFT_STATUSES.flatMap((status) => ORGANIZATION_ROLES.flatMap((role) => ACTIONS.map((action) => [status, role, action] as const)));

describe('draft workflow: every state × action × role', () => {
  it('covers the whole matrix (5 states × 6 actions × 6 roles)', () => {
    expect(DRAFT_STATUSES).toHaveLength(5);
    expect(ORGANIZATION_ROLES).toHaveLength(6);
    expect(cases).toHaveLength(180);
  });

  it.each(cases)('%s × %s × %s', (status, role, action) => {
    const expected = EXPECTED[action].roles.includes(role) && EXPECTED[action].states.includes(status);
    expect(allowed(status, role, action)).toBe(expected);
  });

  it.each(cases.filter(([, , a]) => a !== 'edit' && a !== 'comment'))('%s × %s × %s: says why when refused', (status, role, action) => {
    const name = action as DraftTransitionName;
    const result = checkDraftTransition(status, role, name);
    expect(result.to).toBe(EXPECTED_TO[name]);
    if (result.ok) return;
    // The permission is checked before the state, as the API's route guard runs before the service.
    expect(result.reason).toBe(EXPECTED[name].roles.includes(role) ? 'invalid_state' : 'forbidden');
  });
});

describe('draft workflow rules', () => {
  it('lists the steps a role may take, in order', () => {
    expect(availableDraftTransitions('in_review', 'owner')).toEqual(['approve', 'request_changes']);
    expect(availableDraftTransitions('in_review', 'contributor')).toEqual([]);
    expect(availableDraftTransitions('draft', 'advisor')).toEqual(['submit']);
    expect(availableDraftTransitions('approved', 'admin')).toEqual(['publish']);
    expect(availableDraftTransitions('published', 'owner')).toEqual([]);
  });

  it('editing a published draft starts a new cycle; other states keep their status', () => {
    expect(statusAfterEdit('published')).toBe('draft');
    for (const s of ['draft', 'changes_requested'] as const) expect(statusAfterEdit(s)).toBe(s);
    expect(DRAFT_STATUSES.filter(isDraftEditable)).toEqual(['draft', 'changes_requested', 'published']);
  });

  it('names each step’s route, audit action and needs', () => {
    expect(DRAFT_TRANSITION_NAMES.map((n) => DRAFT_TRANSITIONS[n].route)).toEqual(['submit-for-review', 'approve', 'request-changes', 'publish']);
    expect(DRAFT_TRANSITION_NAMES.map((n) => DRAFT_TRANSITIONS[n].audit)).toEqual(['draft.submitted_for_review', 'draft.approved', 'draft.changes_requested', 'draft.published']);
    expect(DRAFT_TRANSITION_NAMES.filter((n) => DRAFT_TRANSITIONS[n].needsComment)).toEqual(['request_changes']);
    expect(DRAFT_TRANSITION_NAMES.filter((n) => DRAFT_TRANSITIONS[n].needsComplete)).toEqual(['publish']);
  });

  it('every state is reachable from a new draft, and every state but approved/in_review can be edited or left', () => {
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
  });
});
