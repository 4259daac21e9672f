import type { TFunction } from 'i18next';
import type { AuditEvent } from '@ipgn/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The event's target in words: the name the API resolved for an id, the target as recorded when it already is a
 * name (a title, an e-mail address), never a bare UUID (a deleted item is said to be deleted).
 */
export function auditTargetLabel(
  event: Pick<AuditEvent, 'target' | 'targetRef' | 'data'>,
  t: TFunction,
): string | null {
  const ref = event.targetRef;
  if (ref?.kind === 'assessment')
    return t('audit.targets.assessment', {
      round: ref.round,
      track: t(`assessment.track.${ref.track}` as 'assessment.track.sme'),
    });
  if (ref?.kind === 'workshop') return t('audit.targets.workshop', { title: ref.title });
  if (ref?.kind === 'question') return t('audit.targets.question', { title: ref.publicationTitle });
  if (!event.target) return null;
  if (!UUID.test(event.target)) return event.target;
  const title = event.data['title'];
  return typeof title === 'string' && title.length > 0
    ? t('audit.targets.workshop', { title })
    : t('audit.targets.removed');
}
