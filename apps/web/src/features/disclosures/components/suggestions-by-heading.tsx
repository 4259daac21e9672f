import { useTranslation } from 'react-i18next';
import type { CriterionResult, Suggestion } from '@ipgn/disclosure-scoring';
import { bilingualText } from '../utils/bilingual-text';
import { groupSuggestions } from '../utils/group-suggestions';

export interface SuggestionsByHeadingProps {
  suggestions: readonly Suggestion[];
  criteria: readonly CriterionResult[];
}

/** What to add, grouped under the Value Co-creation Guidance 2.0 heading where it belongs. */
export function SuggestionsByHeading({ suggestions, criteria }: SuggestionsByHeadingProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const groups = groupSuggestions(suggestions);
  return (
    <section aria-labelledby="disclosure-suggestions-title" className="panel">
      <h2 id="disclosure-suggestions-title">{t('disclosures.result.suggestions')}</h2>
      {groups.length === 0 ? <p className="empty">{t('disclosures.result.noSuggestions')}</p> : null}
      {groups.map((g) => (
        <section key={g.heading.id} aria-labelledby={`vcg-${g.heading.id}`} className="suggestion-group">
          <h3 id={`vcg-${g.heading.id}`}>
            {t('disclosures.result.vcgHeading', {
              number: g.heading.number,
              name: bilingualText(g.heading.name, lang),
            })}
          </h3>
          <ul>
            {g.suggestions.map((s) => {
              const criterion = criteria.find((c) => c.id === s.criterionId);
              return (
                <li key={s.criterionId}>
                  {criterion ? (
                    <strong>{t('disclosures.result.labelled', { label: bilingualText(criterion.name, lang) })}</strong>
                  ) : null}
                  {bilingualText(s.text, lang)}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
