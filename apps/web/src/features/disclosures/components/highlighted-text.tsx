import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionResult } from '@ipgn/disclosure-scoring';
import { bilingualText } from '../utils/bilingual-text';
import { evidenceSentenceCount } from '../utils/evidence-sentences';
import { highlightSegments } from '../utils/highlight-segments';
import { unanchoredSentenceAt, type StoredSentence } from '../utils/judgement-view';
import { UnanchoredMarker } from './unanchored-marker';

export interface HighlightedTextProps {
  text: string;
  /** The criterion whose evidence is marked, if any. */
  criterion: CriterionResult | null;
  /** The judged sentences: evidence inside one whose words name nothing (issue 18) carries the words-only marker. */
  sentences?: readonly StoredSentence[];
}

const NO_SENTENCES: readonly StoredSentence[] = [];

/**
 * The scored text with the chosen criterion's evidence sentences in <mark>, labelled for screen readers. Evidence in a
 * sentence of words about nothing named carries the words-only marker (once per sentence).
 */
export function HighlightedText({ text, criterion, sentences = NO_SENTENCES }: HighlightedTextProps) {
  const { t, i18n } = useTranslation();
  const segments = useMemo(() => {
    const seen = new Set<number>();
    return highlightSegments(text, criterion?.evidence ?? []).map((s) => {
      const loose = s.highlighted ? unanchoredSentenceAt(s.start, s.start + s.text.length, sentences) : null;
      const first = loose !== null && !seen.has(loose.start);
      if (loose) seen.add(loose.start);
      return { ...s, unanchored: loose !== null, marker: first ? loose.reason : null };
    });
  }, [text, criterion, sentences]);
  const name = criterion ? bilingualText(criterion.name, i18n.language) : '';
  // Sentences, not spans: one sentence can hold several evidence spans. Without the sentences, count passages.
  const inSentences = criterion ? evidenceSentenceCount(criterion.evidence, sentences) : null;
  return (
    <div className="panel">
      <h2 id="disclosure-text-title">{t('disclosures.result.text')}</h2>
      <p role="status" className="muted">
        {criterion
          ? criterion.evidence.length > 0
            ? inSentences === null
              ? t('disclosures.result.textForPassages', { criterion: name, count: criterion.evidence.length })
              : t('disclosures.result.textFor', { criterion: name, count: inSentences })
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
            <mark
              key={s.start}
              className={s.unanchored ? 'evidence evidence--unanchored' : 'evidence'}
              data-testid="evidence-mark"
              data-unanchored={s.unanchored}
            >
              <span className="visually-hidden">
                {t('disclosures.result.bracketed', {
                  text: t('disclosures.result.evidenceStart', { criterion: name }),
                })}{' '}
              </span>
              {s.marker ? (
                <>
                  <UnanchoredMarker reason={s.marker} />{' '}
                </>
              ) : null}
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
