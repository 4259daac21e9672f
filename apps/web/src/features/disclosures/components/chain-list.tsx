import { useTranslation } from 'react-i18next';
import type { Chain, DisclosureScore } from '@ipgn/disclosure-scoring';
import { bilingualText } from '../utils/bilingual-text';
import { chainEndKind, chainTopicTexts, withoutEndOfText } from '../utils/chain-view';
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
 * Each chain the text builds: what it is about (as the text writes it), which links it has (word + mark, not colour
 * alone), which it has only as words about nothing named, and where it breaks — or, when it runs to the end of the
 * text, which link is missing (it does not "break" there).
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
            {chainTopicTexts(c).length > 0 ? (
              <p className="muted" data-testid="chain-topics">
                {t('disclosures.judgement.chainTopics', {
                  topics: chainTopicTexts(c).join(t('disclosures.judgement.topicSeparator')),
                })}
              </p>
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
              <ChainEnd chain={c} language={i18n.language} />
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

const END_TEXT = {
  breaks: 'disclosures.judgement.breaks',
  missing: 'disclosures.judgement.missingLink',
  complete: 'disclosures.judgement.chainComplete',
} as const;

/** Where the chain breaks, or — when it runs to the end of the text — the link it lacks (or that none is missing). */
function ChainEnd({ chain, language }: { chain: Chain; language: string }) {
  const { t } = useTranslation();
  const kind = chainEndKind(chain);
  const text = bilingualText(chain.breaks.text, language);
  return (
    <p data-testid="chain-break" data-end={kind}>
      {t(END_TEXT[kind], { text: kind === 'breaks' ? text : withoutEndOfText(text) })}
    </p>
  );
}
