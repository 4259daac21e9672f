import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedChangesWarning } from '../../../shared/hooks/use-unsaved-changes-warning';
import { clearLocalFactsCopy, writeLocalFactsCopy, type FactsCopyPart } from '../utils/local-facts-copy';

/**
 * A facts form's protection against lost typing (both forms of the facts page use it): while `dirty`, the state
 * is kept on this device, tied to the version it was edited from (`readLocalFactsCopy` brings it back on the
 * next visit), and leaving asks first; once nothing is unsaved the copy is dropped.
 */
export function useLocalFactsCopy<T extends object>(
  orgId: string,
  part: FactsCopyPart,
  version: number,
  state: T,
  dirty: boolean,
): void {
  const { t } = useTranslation();
  useUnsavedChangesWarning(dirty, t('drafts.facts.unsavedLeave'));
  useEffect(() => {
    if (dirty) writeLocalFactsCopy(orgId, version, state, part);
    else clearLocalFactsCopy(orgId, part);
  }, [dirty, orgId, part, version, state]);
}
