import { useTranslation } from 'react-i18next';
import type { PublicPublication } from '@ipgn/drafting';
import { CalibrationMeaning } from '../../disclosures/components/calibration-meaning';
import { FloorCheck, disclosureClassOf } from '../../disclosures/components/floor-check';
import { isV2Result } from '../../disclosures/utils/judgement-view';

export interface PublicationWhyProps {
  publication: Pick<PublicPublication, 'class' | 'score'>;
  /** Id of the sentence-roles heading further down the page, when the page shows them. */
  rolesHeadingId?: string;
}

/**
 * Why the published score is what it is, as the company's result page says it: what the score means (the calibration
 * the stored result carries), JPX400's floor check with its caveat, and a way to each sentence's role.
 */
export function PublicationWhy({ publication, rolesHeadingId }: PublicationWhyProps) {
  const { t } = useTranslation();
  const result = publication.score;
  const v2 = isV2Result(result);
  const mark = disclosureClassOf(publication.class);
  if (!v2 && mark === null) return null;
  return (
    <section aria-labelledby="publication-why-title" className="publication-why" data-testid="publication-why">
      <h2 id="publication-why-title">{t('publicDisclosures.publication.why')}</h2>
      {v2 ? <CalibrationMeaning result={result} /> : null}
      {mark !== null ? <FloorCheck mark={mark} reason={result.classReason} /> : null}
      {rolesHeadingId ? (
        <p>
          <a
            href={`#${rolesHeadingId}`}
            data-testid="publication-roles-link"
            onClick={(event) => {
              // Scroll within the page: a fragment change would be a navigation for the router.
              event.preventDefault();
              document.getElementById(rolesHeadingId)?.scrollIntoView({ block: 'start' });
            }}
          >
            {t('publicDisclosures.publication.rolesLink')}
          </a>
        </p>
      ) : null}
    </section>
  );
}
