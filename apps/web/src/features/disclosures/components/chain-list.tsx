import { useTranslation } from 'react-i18next';
import type { DisclosureScore } from '@ipgn/disclosure-scoring';
import { bilingualText } from '../utils/bilingual-text';
import { LINKS, linkState, unanchoredKinds, type LinkState } from '../utils/judgement-view';
import { UNANCHORED_ICON } from './unanchored-marker';

export interface ChainListProps {
  result: DisclosureScore;
}

const LINK_MARKS: Record<LinkState, string> = { present: '✔', loose: UNANCHORED_ICON, missing: '✗' };
const LINK_STATE_TEXT = {
  present: 'disclosures.judgement.linkPresent',
  loose: 'disclosures.judgement.linkLoose',
  missing: 'disclosures.judgement.linkMissing',
} as const satisfies Record<LinkState, string>;

/**
 * Each chain the text builds: which links it has (word + mark, not colour alone), which it has only as words about
 * nothing named, and where it breaks.
 */
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
                const state = linkState(c, l);
                return (
                  <li key={l} className={`chain-link chain-link--${state}`} data-testid={`chain-link-${l}`}>
                    <span aria-hidden="true">{LINK_MARKS[state]}</span> {t(`disclosures.judgement.links.${l}`)}
                    <span className="visually-hidden">: {t(LINK_STATE_TEXT[state])}</span>
                  </li>
                );
              })}
            </ul>
            <div className="chain-break">
              <p data-testid="chain-break">
                {t('disclosures.judgement.breaks', { text: bilingualText(c.breaks.text, i18n.language) })}
              </p>
              {unanchoredKinds(c).length > 0 ? (
                <p className="chain-break__unanchored" data-testid="chain-unanchored">
                  <span aria-hidden="true">{UNANCHORED_ICON}</span>{' '}
                  {t('disclosures.judgement.unanchored.kinds', {
                    kinds: unanchoredKinds(c)
                      .map((k) => t(`disclosures.judgement.links.${k}`))
                      .join(t('disclosures.judgement.unanchored.separator')),
                  })}
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      <h3>{t('disclosures.judgement.substitution')}</h3>
      <p data-testid="substitution-summary">{bilingualText(result.substitution.summary, i18n.language)}</p>
    </section>
  );
}
