import { useTranslation } from 'react-i18next';
import type { CriterionId, CriterionMeta, CriterionResult } from '@ipgn/disclosure-scoring';
import { bilingualText } from '../utils/bilingual-text';
import { criterionStatus } from '../utils/criterion-status';
import { evidenceSentenceCount, type SentenceBounds } from '../utils/evidence-sentences';

export interface CriteriaChecklistProps {
  criteria: readonly CriterionResult[];
  /** Rubric metadata (what each criterion checks, every level's description), when loaded. */
  rubric?: readonly CriterionMeta[];
  selected: CriterionId | null;
  onSelect: (id: CriterionId) => void;
  /** The judged sentences, to count evidence by sentence (spans are counted as passages without them). */
  sentences?: readonly SentenceBounds[];
}

const NO_SENTENCES: readonly SentenceBounds[] = [];

const STATUS_ICON = { met: '✓', partly: '△', missing: '✕', notApplicable: '—' } as const;

/** Every criterion: level reached with its description, met/partly/missing (icon and word), what is missing. */
export function CriteriaChecklist({
  criteria,
  rubric,
  selected,
  onSelect,
  sentences = NO_SENTENCES,
}: CriteriaChecklistProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const evidenceCountText = (c: CriterionResult): string => {
    const inSentences = evidenceSentenceCount(c.evidence, sentences);
    return inSentences === null
      ? t('disclosures.result.evidenceCountPassages', { count: c.evidence.length })
      : t('disclosures.result.evidenceCount', { count: inSentences });
  };
  return (
    <section aria-labelledby="disclosure-checklist-title" className="panel">
      <h2 id="disclosure-checklist-title">{t('disclosures.result.checklist')}</h2>
      <p className="muted">{t('disclosures.result.checklistIntro')}</p>
      <ol className="criteria-list">
        {criteria.map((c) => {
          const status = criterionStatus(c.score, c.notApplicable === true);
          const meta = rubric?.find((m) => m.id === c.id);
          const name = bilingualText(c.name, lang);
          const isSelected = selected === c.id;
          return (
            <li
              key={c.id}
              className={`criterion criterion--${status}${isSelected ? ' criterion--selected' : ''}`}
              data-testid={`criterion-${c.key}`}
            >
              <div className="criterion__head">
                <h3 className="criterion__name">{name}</h3>
                <p className={`criterion__status criterion__status--${status}`}>
                  <span aria-hidden="true" className="criterion__icon">
                    {STATUS_ICON[status]}
                  </span>
                  {t(`disclosures.result.status.${status}`)}
                </p>
                <p className="criterion__level">
                  {/* Nothing to judge has no level out of 3: only what it means. */}
                  {c.notApplicable ? null : <strong>{t('disclosures.result.level', { score: c.score })}</strong>}{' '}
                  {bilingualText(c.level, lang)}
                </p>
              </div>
              {c.notApplicable && c.missingText ? (
                <p className="criterion__missing">{bilingualText(c.missingText, lang)}</p>
              ) : c.missingText ? (
                <p className="criterion__missing">
                  <strong>{t('disclosures.result.labelled', { label: t('disclosures.result.missing') })}</strong>
                  {bilingualText(c.missingText, lang)}
                </p>
              ) : null}
              {meta ? (
                <details className="criterion__details">
                  <summary>{t('disclosures.result.levels')}</summary>
                  <p>{bilingualText(meta.description, lang)}</p>
                  <ul>
                    {meta.levels.map((level, index) => (
                      <li key={index} aria-current={index === c.score ? 'true' : undefined}>
                        {t('disclosures.result.levelItem', { level: index, text: bilingualText(level, lang) })}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
              <button
                type="button"
                className="button button--secondary criterion__evidence"
                aria-pressed={isSelected}
                aria-controls="disclosure-text"
                disabled={c.evidence.length === 0}
                onClick={() => onSelect(c.id)}
              >
                {isSelected ? t('disclosures.result.showingEvidence') : t('disclosures.result.showEvidence')}
                <span className="visually-hidden">
                  {t('disclosures.result.labelled', { label: '' })}
                  {name}
                </span>
                {t('disclosures.result.inParentheses', {
                  text: evidenceCountText(c),
                })}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
