import type { i18n as I18n } from 'i18next';

/** A translated label for an action code such as `member.role_changed`; the raw code for unknown ones. */
export function auditActionLabel(action: string, i18n: I18n): string {
  const key = `audit.actions.${action.replace(/[.-]/g, '_')}`;
  return i18n.exists(key) ? String(i18n.t(key as 'audit.actions.member_removed')) : action;
}
