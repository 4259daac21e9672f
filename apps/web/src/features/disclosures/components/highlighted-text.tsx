import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionResult } from '@ipgn/disclosure-scoring';
import { bilingualText } from '../utils/bilingual-text';
import { evidenceHighlights } from '../utils/evidence-highlights';
import { highlightSegments } from '../utils/highlight-segments';
import { unanchoredSentenceAt, type StoredSentence } from '../utils/judgement-view';
import { UnanchoredMarker } from './unanchored-marker';

export interface HighlightedTextProps {
  text: string;
  /** The criterion whose evidence is marked, if any. */
  criterion: CriterionResult | null;
  /** The judged sentences: evidence inside one whose words name nothing (issue 18) carries the words-only marker. */
  sentences?: readonly StoredSentence[];
  /**
   * Raised each time the user asks to see a criterion's evidence: the first highlight is then scrolled into view
   * (inside the scrolling text box and on the page), smoothly unless the user prefers reduced motion. 0 (the default)
   * never scrolls, so opening a result does not jump to its text.
   */
  reveal?: number;
}

const NO_SENTENCES: readonly StoredSentence[] = [];

/**
 * The scored text with the chosen criterion's evidence sentences in <mark>, labelled for screen readers. Evidence in a
 * sentence of words about nothing named carries the words-only marker (once per sentence).
 */
export function HighlightedText({ text, criterion, sentences = NO_SENTENCES, reveal = 0 }: HighlightedTextProps) {
  const { t, i18n } = useTranslation();
  const boxRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (reveal === 0) return;
    const first = boxRef.current?.querySelector('mark');
    if (!first) return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    first.scrollIntoView?.({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  }, [reveal]);
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
  // Say what is highlighted: whole sentences, or words and phrases inside so many sentences (several spans of one
  // sentence count once); without the sentences (a result saved before v2), passages.
  const caption = (c: CriterionResult): string => {
    const shown = evidenceHighlights(text, c.evidence, sentences);
    if (shown.kind === 'passages')
      return t('disclosures.result.textForPassages', { criterion: name, count: shown.passages });
    if (shown.kind === 'sentences') return t('disclosures.result.textFor', { criterion: name, count: shown.sentences });
    return t('disclosures.result.textForWords', {
      criterion: name,
      count: shown.spans,
      where: t('disclosures.result.wordsWhere', { count: shown.sentences }),
    });
  };
  return (
    <div className="panel">
      <h2 id="disclosure-text-title">{t('disclosures.result.text')}</h2>
      <p role="status" className="muted">
        {criterion
          ? criterion.evidence.length > 0
            ? caption(criterion)
            : t('disclosures.result.noEvidence', { criterion: name })
          : null}
      </p>
      {/* The region (named by the heading) is focusable so that keyboard users can scroll a long text
          (WCAG 2.1.1; axe's scrollable-region-focusable). */}
      <div
        ref={boxRef}
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
