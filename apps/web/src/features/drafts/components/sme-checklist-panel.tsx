import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { smeOnePagerChecklist, type Draft } from '@ipgn/drafting';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { slotLink } from '../utils/slot-link';

export interface SmeChecklistPanelProps {
  draft: Draft;
  orgId: string;
  assessmentId: string | null;
}

/**
 * What a bank or a support centre looks for in the one-pager, met or not, with where to fix it: shown for an
 * SME one-pager instead of the listed-company disclosure score.
 */
export function SmeChecklistPanel({ draft, orgId, assessmentId }: SmeChecklistPanelProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const checklist = smeOnePagerChecklist(draft);
  if (!checklist) return null;
  return (
    <section aria-labelledby="sme-checklist-title" className="panel" data-testid="sme-checklist">
      <h2 id="sme-checklist-title">{t('drafts.smeChecklist.heading')}</h2>
      <p className="badge">{t('drafts.smeChecklist.count', { met: checklist.met, total: checklist.total })}</p>
      <p className="muted">{t('drafts.smeChecklist.note')}</p>
      <p className="muted">{t('drafts.smeChecklist.gapsNote')}</p>
      <ul className="list sme-checklist">
        {checklist.items.map((item) => {
          const link = item.met
            ? null
            : slotLink(orgId, assessmentId, {
                ...(item.factKey ? { factKey: item.factKey } : {}),
                ...(item.questionId ? { questionId: item.questionId } : {}),
              });
          return (
            <li
              key={item.id}
              data-testid={`sme-check-${item.id}`}
              className={item.met ? 'sme-checklist__met' : 'sme-checklist__unmet'}
            >
              <span aria-hidden="true" className="sme-checklist__mark">
                {item.met ? '✓' : '!'}
              </span>{' '}
              <span className="visually-hidden">
                {t(item.met ? 'drafts.smeChecklist.met' : 'drafts.smeChecklist.unmet')}
              </span>
              <strong>{item.label[locale]}</strong>
              {item.met ? null : (
                <p>
                  {item.fix[locale]}
                  {item.examples && item.examples.length > 0 ? (
                    <> {item.examples.map((e) => `「${e}」`).join(' ')}</>
                  ) : null}
                  {link ? (
                    <>
                      {' '}
                      <Link to={link.to}>
                        {t(link.kind === 'fact' ? 'drafts.smeChecklist.toFacts' : 'drafts.smeChecklist.toQuestion')}
                      </Link>
                    </>
                  ) : null}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
