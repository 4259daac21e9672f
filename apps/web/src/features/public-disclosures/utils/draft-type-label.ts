import type { TFunction } from 'i18next';
import type { DraftType } from '@ipgn/drafting';

/** The draft type's name (the drafts feature's texts). */
export function draftTypeLabel(t: TFunction, type: DraftType): string {
  return t(`drafts.types.${type}`);
}
