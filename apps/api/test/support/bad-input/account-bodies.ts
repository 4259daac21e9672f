import { DEFAULT_PASSWORD } from '../../test-app';
import { type EndpointTable, MARK, unknownField, long, without } from './bad-input-harness';

/** Signing up and in, password reset, the profile, organizations, members and invitations. */
export const accountBodies: EndpointTable = (f) => {
  const email = `${MARK}-new@example.test`;
  const signup = () => ({ email, password: DEFAULT_PASSWORD, displayName: '新規', organizationName: `${MARK}社` });
  const login = () => ({ email: f.email, password: DEFAULT_PASSWORD });
  const resetRequest = () => ({ email: f.email });
  const resetConfirm = () => ({ token: f.resetToken, password: 'a brand new password' });
  const me = () => ({ displayName: `${MARK} 新しい名前` });
  const newOrg = () => ({ legalNameJa: `${MARK} 第二株式会社`, fiscalYearEndMonth: 12 });
  const updateOrg = () => ({ legalNameJa: `${MARK} 改名株式会社` });
  const role = () => ({ role: 'admin' });
  const invite = () => ({ email: `${MARK}-invitee@example.test`, role: 'viewer' });
  return [
    {
      route: 'POST /api/auth/signup',
      as: 'anonymous',
      valid: signup,
      cases: [
        unknownField(signup()),
        {
          name: 'missing fields',
          body: without(without(signup(), 'email'), 'displayName'),
          expect: ['email isEmail', 'displayName isString'],
        },
        {
          name: 'wrong types',
          body: { ...signup(), password: 12345678901, displayName: ['山田'], accountType: 'admin', locale: 1 },
          expect: ['password isString', 'displayName isString', 'accountType isIn', 'locale isIn'],
        },
        {
          name: 'too long / too short',
          body: { ...signup(), displayName: long(101), organizationName: long(201), password: 'short' },
          expect: ['displayName maxLength 100', 'organizationName maxLength 200', 'password minLength 10'],
        },
        {
          name: 'too long e-mail and password',
          body: {
            ...signup(),
            email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.test`,
            password: 'p'.repeat(201),
          },
          expect: ['email maxLength 254', 'password maxLength 200'],
        },
        {
          name: 'not a market or a size',
          body: { ...signup(), listingStatus: 'tokyo', companySize: 1 },
          expect: ['listingStatus isIn', 'companySize isIn'],
        },
      ],
    },
    {
      route: 'POST /api/auth/login',
      as: 'anonymous',
      valid: login,
      cases: [
        unknownField(login()),
        {
          name: 'missing password',
          body: without(login(), 'password'),
          expect: ['password isString', 'password isNotEmpty'],
        },
        {
          name: 'wrong types',
          body: { email: ['x'], password: { $ne: '' } },
          expect: ['email isEmail', 'password isString'],
        },
        {
          name: 'too long password',
          body: { ...login(), password: 'p'.repeat(201) },
          expect: ['password maxLength 200'],
        },
      ],
    },
    {
      route: 'POST /api/auth/password-reset/request',
      as: 'anonymous',
      valid: resetRequest,
      cases: [
        unknownField(resetRequest()),
        { name: 'missing e-mail', body: {}, expect: ['email isEmail'] },
        { name: 'wrong type', body: { email: 42 }, expect: ['email isEmail'] },
      ],
    },
    {
      route: 'POST /api/auth/password-reset/confirm',
      as: 'anonymous',
      valid: resetConfirm,
      cases: [
        unknownField(resetConfirm()),
        {
          name: 'missing token',
          body: without(resetConfirm(), 'token'),
          expect: ['token isString', 'token isNotEmpty'],
        },
        { name: 'wrong types', body: { token: 7, password: true }, expect: ['token isString', 'password isString'] },
        // A valid token with a too-short password must not use up the token.
        {
          name: 'too short / too long',
          body: { ...resetConfirm(), password: 'short' },
          expect: ['password minLength 10'],
        },
        {
          name: 'too long token',
          body: { ...resetConfirm(), token: 't'.repeat(201) },
          expect: ['token maxLength 200'],
        },
      ],
    },
    {
      route: 'PATCH /api/auth/me',
      as: 'user',
      valid: me,
      cases: [
        unknownField(me()),
        {
          name: 'wrong types',
          body: { displayName: 12, locale: 'fr' },
          expect: ['displayName isString', 'locale isIn'],
        },
        { name: 'empty name', body: { displayName: '   ' }, expect: ['displayName isNotEmpty'] },
        { name: 'too long', body: { displayName: long(101) }, expect: ['displayName maxLength 100'] },
      ],
    },
    {
      route: 'POST /api/organizations',
      as: 'user',
      valid: newOrg,
      cases: [
        unknownField(newOrg()),
        {
          name: 'missing name',
          body: without(newOrg(), 'legalNameJa'),
          expect: ['legalNameJa isString', 'legalNameJa isNotEmpty'],
        },
        {
          name: 'wrong types',
          body: { ...newOrg(), fiscalYearEndMonth: '3', listingStatus: 'nasdaq', companySize: 3, industry: '9999' },
          expect: ['fiscalYearEndMonth isInt', 'listingStatus isIn', 'companySize isIn', 'industry isIn'],
        },
        {
          name: 'out of range / too long',
          body: { ...newOrg(), fiscalYearEndMonth: 13, legalNameEn: 'x'.repeat(201) },
          expect: ['fiscalYearEndMonth max 12', 'legalNameEn maxLength 200'],
        },
      ],
    },
    {
      route: 'PATCH /api/orgs/:orgId',
      as: 'user',
      valid: updateOrg,
      cases: [
        unknownField(updateOrg()),
        { name: 'empty name', body: { legalNameJa: '' }, expect: ['legalNameJa isNotEmpty'] },
        {
          name: 'wrong types',
          body: { legalNameJa: 1, legalNameEn: false, fiscalYearEndMonth: 1.5, industry: 'x' },
          expect: ['legalNameJa isString', 'legalNameEn isString', 'fiscalYearEndMonth isInt', 'industry isIn'],
        },
        { name: 'too long', body: { legalNameJa: long(201) }, expect: ['legalNameJa maxLength 200'] },
        {
          name: 'not a securities code',
          body: { securitiesCode: '12345' },
          expect: ['securitiesCode isSecuritiesCode'],
        },
        {
          name: 'securities code with a confusable letter',
          body: { securitiesCode: '1O3A' },
          expect: ['securitiesCode isSecuritiesCode'],
        },
      ],
    },
    {
      route: 'PATCH /api/orgs/:orgId/members/:userId',
      as: 'user',
      valid: role,
      cases: [
        unknownField(role()),
        { name: 'missing role', body: {}, expect: ['role isIn'] },
        { name: 'wrong type', body: { role: ['owner'] }, expect: ['role isIn'] },
        { name: 'unknown role', body: { role: 'superuser' }, expect: ['role isIn'] },
      ],
    },
    {
      route: 'POST /api/orgs/:orgId/invitations',
      as: 'user',
      valid: invite,
      cases: [
        unknownField(invite()),
        { name: 'missing fields', body: {}, expect: ['email isEmail', 'role isIn'] },
        { name: 'wrong types', body: { email: 1, role: 2 }, expect: ['email isEmail', 'role isIn'] },
        {
          name: 'too long e-mail',
          body: { ...invite(), email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.test` },
          expect: ['email maxLength 254'],
        },
      ],
    },
  ];
};
