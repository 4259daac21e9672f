import { useTranslation } from 'react-i18next';
import type { DisclosureScore } from '@ipgn/disclosure-scoring';
import { bilingualText } from '../utils/bilingual-text';
import { LINKS } from '../utils/judgement-view';

export interface ChainListProps {
  result: DisclosureScore;
}

/** Each chain the text builds: which links it has (word + mark, not colour alone) and where it breaks. */
export function ChainList({ result }: ChainListProps) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel" aria-labelledby="disclosure-chains-title">
      <h2 id="disclosure-chains-title">{t('disclosures.judgement.chainsHeading')}</h2>
      {result.chains.length === 0 ? <p data-testid="chains-none">{t('disclosures.judgement.chainsNone')}</p> : null}
      <ol className="chain-list">
        {result.chains.map((c) => (
          <li key={c.index} data-testid="chain">
            <h3>{t('disclosures.judgement.chainTitle', { n: c.index + 1, score: c.score })}</h3>
            {c.topics.length > 0 ? (
              <p className="muted">{t('disclosures.judgement.chainTopics', { topics: c.topics.join(', ') })}</p>
            ) : null}
            <ul className="chain-links">
              {LINKS.map((l) => {
                const present = c.links.includes(l);
                return (
                  <li
                    key={l}
                    className={present ? 'chain-link chain-link--present' : 'chain-link chain-link--missing'}
                    data-testid={`chain-link-${l}`}
                  >
                    <span aria-hidden="true">{present ? '✔' : '✗'}</span> {t(`disclosures.judgement.links.${l}`)}
                    <span className="visually-hidden">
                      : {present ? t('disclosures.judgement.linkPresent') : t('disclosures.judgement.linkMissing')}
                    </span>
                  </li>
                );
              })}
            </ul>
            <p data-testid="chain-break">
              {t('disclosures.judgement.breaks', { text: bilingualText(c.breaks.text, i18n.language) })}
            </p>
          </li>
        ))}
      </ol>
      <h3>{t('disclosures.judgement.substitution')}</h3>
      <p data-testid="substitution-summary">{bilingualText(result.substitution.summary, i18n.language)}</p>
    </section>
  );
}
