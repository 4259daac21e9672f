import { useTranslation } from 'react-i18next';
import type { DisclosureTextChange } from '@ipgn/contracts';

export interface TextDiffProps {
  changes: readonly DisclosureTextChange[];
  approximate: boolean;
}

/** Sentence-level changes: added sentences in <ins>, removed in <del>, unchanged runs folded away. */
export function TextDiff({ changes, approximate }: TextDiffProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="disclosure-diff-title" className="panel">
      <h2 id="disclosure-diff-title">{t('disclosures.compare.textDiff')}</h2>
      {approximate ? <p className="notice notice--info">{t('disclosures.compare.textDiffApproximate')}</p> : null}
      <div className="text-diff">
        {changes.map((change, index) =>
          change.op === 'equal' ? (
            <details key={index} className="text-diff__equal">
              <summary>{t('disclosures.compare.unchangedSentences', { count: change.sentences.length })}</summary>
              {change.sentences.map((s, i) => (
                <p key={i}>{s}</p>
              ))}
            </details>
          ) : (
            <div key={index} className={`text-diff__${change.op}`}>
              <p className="text-diff__label">
                <span aria-hidden="true">{change.op === 'added' ? '+' : '−'}</span>{' '}
                {t(`disclosures.compare.${change.op}`)}
              </p>
              {change.sentences.map((s, i) => (
                <p key={i}>{change.op === 'added' ? <ins>{s}</ins> : <del>{s}</del>}</p>
              ))}
            </div>
          ),
        )}
      </div>
    </section>
  );
}
