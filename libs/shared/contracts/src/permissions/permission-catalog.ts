import type { OrganizationRole } from './roles';

/**
 * The one permission catalog. Every organization-scoped API route names exactly one of these; the web app
 * uses the same table to decide what to show. Changing a row here changes who may call what — the route
 * listing test and the role × permission matrix test make that visible in review.
 */
export const PERMISSIONS = {
  'organization:read': { ja: '組織情報の閲覧', en: 'View the organization profile' },
  'organization:update': { ja: '組織情報の編集', en: 'Edit the organization profile' },
  'members:read': { ja: 'メンバー一覧の閲覧', en: 'View members and invitations' },
  'members:invite': { ja: 'メンバーの招待', en: 'Invite members' },
  'members:manage': { ja: 'メンバーの役割変更・削除', en: 'Change roles and remove members' },
  'audit:read': { ja: '監査ログの閲覧', en: 'View the audit trail' },
  'assessment:read': { ja: '診断結果の閲覧', en: 'View assessments and results' },
  'assessment:answer': { ja: '診断への回答', en: 'Answer assessments' },
  'assessment:manage': { ja: '診断の開始・割当・提出', en: 'Start, assign and submit assessments' },
  'assessment:validate': { ja: '診断回答の検証（承認・差戻し）', en: 'Validate assessment answers (accept or return)' },
  'disclosure:read': { ja: '開示評価の閲覧', en: 'View disclosure scores' },
  'disclosure:score': { ja: '開示文書の評価', en: 'Score disclosure texts' },
  'draft:read': { ja: '開示ドラフトの閲覧', en: 'View disclosure drafts' },
  'draft:edit': { ja: '開示ドラフトの作成・編集', en: 'Create and edit drafts' },
  'draft:review': { ja: '開示ドラフトの承認・差戻し', en: 'Approve or request changes to drafts' },
  'draft:publish': { ja: '開示の公開', en: 'Publish disclosures' },
  'dialogue:answer': { ja: '投資家からの質問への回答', en: 'Answer investor questions' },
  'workshop:run': { ja: 'ワークショップの運営', en: 'Run workshops' },
} as const;

export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

const READ_ONLY: Permission[] = [
  'organization:read',
  'members:read',
  'assessment:read',
  'disclosure:read',
  'draft:read',
];

/** Which role holds which permission. Roles are cumulative only where the product says so; listed explicitly. */
export const ROLE_PERMISSIONS: Record<OrganizationRole, readonly Permission[]> = {
  owner: ALL_PERMISSIONS,
  admin: ALL_PERMISSIONS,
  // The IP department: does the work, cannot approve its own drafts or publish.
  contributor: [
    ...READ_ONLY,
    'assessment:answer',
    'assessment:manage',
    'disclosure:score',
    'draft:edit',
    'dialogue:answer',
  ],
  // Executives and board members: read everything, approve drafts, answer questions.
  // They also validate assessment answers: the second pair of eyes before a round's results count.
  reviewer: [...READ_ONLY, 'assessment:answer', 'assessment:validate', 'draft:review', 'dialogue:answer'],
  // An outside consultant invited by the company.
  advisor: [
    ...READ_ONLY,
    'assessment:answer',
    'assessment:manage',
    'assessment:validate',
    'disclosure:score',
    'draft:edit',
    'workshop:run',
  ],
  viewer: READ_ONLY,
};

export function roleHasPermission(role: OrganizationRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/**
 * Roles a member holding `actor` may hand out or take away. Only an owner can create or remove an owner,
 * so an admin can never lock the owners out.
 */
export function assignableRoles(actor: OrganizationRole): OrganizationRole[] {
  if (actor === 'owner') return ['owner', 'admin', 'contributor', 'reviewer', 'advisor', 'viewer'];
  if (actor === 'admin') return ['admin', 'contributor', 'reviewer', 'advisor', 'viewer'];
  return [];
}
