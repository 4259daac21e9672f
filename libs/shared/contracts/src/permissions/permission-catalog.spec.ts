import {
  PERMISSIONS,
  ALL_PERMISSIONS,
  ORGANIZATION_ROLES,
  ROLE_PERMISSIONS,
  assignableRoles,
  roleHasPermission,
} from '../index';

describe('permission catalog', () => {
  it('gives owners and admins every permission and viewers only read permissions', () => {
    for (const p of ALL_PERMISSIONS) {
      expect(roleHasPermission('owner', p)).toBe(true);
      expect(roleHasPermission('admin', p)).toBe(true);
    }
    expect(ROLE_PERMISSIONS.viewer.every((p) => p.endsWith(':read'))).toBe(true);
  });

  it('keeps publishing away from contributors and reviewers (four-eyes principle)', () => {
    expect(roleHasPermission('contributor', 'draft:publish')).toBe(false);
    expect(roleHasPermission('contributor', 'draft:review')).toBe(false);
    expect(roleHasPermission('reviewer', 'draft:edit')).toBe(false);
    expect(roleHasPermission('reviewer', 'draft:publish')).toBe(false);
  });

  it('keeps validating assessment answers away from the contributors who give them', () => {
    expect(roleHasPermission('contributor', 'assessment:validate')).toBe(false);
    expect(roleHasPermission('viewer', 'assessment:validate')).toBe(false);
    expect(roleHasPermission('reviewer', 'assessment:validate')).toBe(true);
    expect(roleHasPermission('advisor', 'assessment:validate')).toBe(true);
  });

  it('only lets an owner hand out the owner role', () => {
    expect(assignableRoles('owner')).toContain('owner');
    expect(assignableRoles('admin')).not.toContain('owner');
    for (const role of ORGANIZATION_ROLES.filter((r) => r !== 'owner' && r !== 'admin')) {
      expect(assignableRoles(role)).toEqual([]);
    }
  });

  it('has bilingual labels for every permission', () => {
    for (const p of ALL_PERMISSIONS) {
      expect(PERMISSIONS[p].ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(PERMISSIONS[p].en.length).toBeGreaterThan(3);
    }
  });
});
