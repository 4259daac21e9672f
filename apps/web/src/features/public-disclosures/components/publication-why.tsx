import { useTranslation } from 'react-i18next';
import type { PublicPublication } from '@ipgn/drafting';
import { GradeMeaning } from '../../disclosures/components/grade-meaning';
import { FloorCheck, disclosureClassOf } from '../../disclosures/components/floor-check';

export interface PublicationWhyProps {
  publication: Pick<PublicPublication, 'class' | 'score' | 'grade' | 'gradeBasis'>;
  /** Id of the sentence-roles heading further down the page, when the page shows them. */
  rolesHeadingId?: string;
}

/**
 * Why the published score is what it is, as the company's result page says it: what the grade stands for (its band and
 * how people rated texts in it; for a v1 score, that it is the old scorer's band), JPX400's floor check with its
 * caveat, and a way to each sentence's role.
 */
export function PublicationWhy({ publication, rolesHeadingId }: PublicationWhyProps) {
  const { t } = useTranslation();
  const result = publication.score;
  const mark = disclosureClassOf(publication.class);
  return (
    <section aria-labelledby="publication-why-title" className="publication-why" data-testid="publication-why">
      <h2 id="publication-why-title">{t('publicDisclosures.publication.why')}</h2>
      <GradeMeaning grade={publication.grade} basis={publication.gradeBasis} />
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
