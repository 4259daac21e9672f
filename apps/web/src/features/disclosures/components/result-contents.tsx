import { useTranslation } from 'react-i18next';

/** The result's sections, in the order they appear (their headings' ids). */
// Each link says what its section's heading says (the same message), but the suggestions' long heading.
const SECTIONS = [
  ['roles', 'disclosure-roles-title', 'disclosures.judgement.rolesHeading'],
  ['chains', 'disclosure-chains-title', 'disclosures.judgement.chainsHeading'],
  ['checklist', 'disclosure-checklist-title', 'disclosures.result.checklist'],
  ['suggestions', 'disclosure-suggestions-title', 'disclosures.result.contents.suggestions'],
] as const;

export interface ResultContentsProps {
  /** False for a result saved by the first scorer (no roles or chains to jump to). */
  v2: boolean;
}

/**
 * Links to the result's sections under the score: on a phone a result runs to several screens (an analyst counted
 * about nine thousand pixels), and the checklist and the suggestions were a long scroll away (UI review, v2.47).
 * A link moves the focus to the section's heading too, so keyboard and screen-reader users land where they jumped.
 */
export function ResultContents({ v2 }: ResultContentsProps) {
  const { t } = useTranslation();
  const shown = SECTIONS.filter(([key]) => v2 || (key !== 'roles' && key !== 'chains'));
  return (
    <nav className="result-contents" aria-label={t('disclosures.result.contents.label')} data-testid="result-contents">
      <ul>
        {shown.map(([key, id, label]) => (
          <li key={key}>
            <a
              href={`#${id}`}
              onClick={(event) => {
                const heading = document.getElementById(id);
                if (!heading) return;
                event.preventDefault();
                heading.setAttribute('tabindex', '-1');
                heading.scrollIntoView({ block: 'start' });
                heading.focus({ preventScroll: true });
              }}
            >
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
