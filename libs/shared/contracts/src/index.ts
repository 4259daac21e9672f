export * from './permissions/roles';
export * from './permissions/permission-catalog';
export * from './organizations/organization-profile';
export * from './organizations/members';
export * from './auth/auth';
export * from './errors/api-error';
export * from './common/person-ref';
export * from './assessment/assessment-views';
