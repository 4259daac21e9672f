import { useTranslation } from 'react-i18next';
import type { DiffSpan, ParagraphDiff } from '@ipgn/contracts';

/** A paragraph's text with removed words struck through (old side) or added words marked (new side). */
function Spans({ spans }: { spans: DiffSpan[] }) {
  const { t } = useTranslation();
  return (
    <>
      {spans.map((s, i) =>
        s.op === 'added' ? (
          <ins key={i} className="draft-diff__added">
            <span className="visually-hidden">{t('drafts.versions.added')}</span>
            {s.text}
          </ins>
        ) : s.op === 'removed' ? (
          <del key={i} className="draft-diff__removed">
            <span className="visually-hidden">{t('drafts.versions.removed')}</span>
            {s.text}
          </del>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

/**
 * One section compared paragraph by paragraph, old version left and new right (stacked on a phone, each side
 * labelled): unchanged paragraphs once per side, revised ones with word-level highlights, added or removed ones
 * against an empty cell.
 */
export function ParagraphDiffView({
  paragraphs,
  fromLabel,
  toLabel,
}: {
  paragraphs: ParagraphDiff[];
  fromLabel: string;
  toLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="paragraph-diff" role="table" aria-label={t('drafts.compare.tableLabel')}>
      <div className="paragraph-diff__row paragraph-diff__head" role="row">
        <span role="columnheader">{fromLabel}</span>
        <span role="columnheader">{toLabel}</span>
      </div>
      {paragraphs.map((p, i) => (
        <div
          key={i}
          className={`paragraph-diff__row paragraph-diff__row--${p.op}`}
          role="row"
          data-testid={`paragraph-diff-${p.op}`}
        >
          <div className="paragraph-diff__cell" role="cell" data-side={fromLabel}>
            {p.before ? <Spans spans={p.before} /> : <span className="muted">{t('drafts.compare.none')}</span>}
          </div>
          <div className="paragraph-diff__cell" role="cell" data-side={toLabel}>
            {p.after ? <Spans spans={p.after} /> : <span className="muted">{t('drafts.compare.none')}</span>}
          </div>
        </div>
      ))}
    </div>
  );
}
