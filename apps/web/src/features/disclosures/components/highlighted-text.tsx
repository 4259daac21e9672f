import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionResult } from '@ipgn/disclosure-scoring';
import { bilingualText } from '../utils/bilingual-text';
import { highlightSegments } from '../utils/highlight-segments';

export interface HighlightedTextProps {
  text: string;
  /** The criterion whose evidence is marked, if any. */
  criterion: CriterionResult | null;
}

/** The scored text with the chosen criterion's evidence sentences in <mark>, labelled for screen readers. */
export function HighlightedText({ text, criterion }: HighlightedTextProps) {
  const { t, i18n } = useTranslation();
  const segments = useMemo(() => highlightSegments(text, criterion?.evidence ?? []), [text, criterion]);
  const name = criterion ? bilingualText(criterion.name, i18n.language) : '';
  return (
    <div className="panel">
      <h2 id="disclosure-text-title">{t('disclosures.result.text')}</h2>
      <p role="status" className="muted">
        {criterion
          ? criterion.evidence.length > 0
            ? t('disclosures.result.textFor', { criterion: name, count: criterion.evidence.length })
            : t('disclosures.result.noEvidence', { criterion: name })
          : null}
      </p>
      {/* The region (named by the heading) is focusable so that keyboard users can scroll a long text
          (WCAG 2.1.1; axe's scrollable-region-focusable). */}
      <div
        id="disclosure-text"
        className="disclosure-text"
        tabIndex={0}
        role="region"
        aria-labelledby="disclosure-text-title"
      >
        {segments.map((s) =>
          s.highlighted ? (
            <mark key={s.start} className="evidence" data-testid="evidence-mark">
              <span className="visually-hidden">
                {t('disclosures.result.bracketed', {
                  text: t('disclosures.result.evidenceStart', { criterion: name }),
                })}{' '}
              </span>
              {s.text}
              <span className="visually-hidden">
                {' '}
                {t('disclosures.result.bracketed', { text: t('disclosures.result.evidenceEnd') })}
              </span>
            </mark>
          ) : (
            <span key={s.start}>{s.text}</span>
          ),
        )}
      </div>
    </div>
  );
}
