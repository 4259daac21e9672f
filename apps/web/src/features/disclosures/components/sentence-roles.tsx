import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisclosureScore } from '@ipgn/disclosure-scoring';
import { bilingualText } from '../utils/bilingual-text';
import { ROLE_ICONS, ROLE_ORDER, rolePieces, unanchoredSentences } from '../utils/judgement-view';
import { UNANCHORED_ICON, UnanchoredMarker } from './unanchored-marker';

export interface SentenceRolesProps {
  text: string;
  result: DisclosureScore;
}

/**
 * The text with every sentence tagged by its role (label + icon, not colour alone), and a legend. A sentence whose
 * strategy words name nothing specific carries a "words only" marker (label, wavy icon, dashed frame) with its
 * reason, and is listed under the text with that reason.
 */
export function SentenceRoles({ text, result }: SentenceRolesProps) {
  const { t, i18n } = useTranslation();
  const pieces = useMemo(() => rolePieces(text, result.sentences), [text, result.sentences]);
  const loose = useMemo(() => unanchoredSentences(text, result.sentences), [text, result.sentences]);
  const used = new Set(result.sentences.map((s) => s.role));
  return (
    <section className="panel" aria-labelledby="disclosure-roles-title">
      <h2 id="disclosure-roles-title">{t('disclosures.judgement.rolesHeading')}</h2>
      <p className="muted">{t('disclosures.judgement.rolesIntro')}</p>
      <h3 id="disclosure-roles-legend">{t('disclosures.judgement.legend')}</h3>
      <ul className="role-legend" aria-labelledby="disclosure-roles-legend">
        {ROLE_ORDER.filter((r) => used.has(r)).map((r) => (
          <li key={r} className={`role-tag role-tag--${r}`} data-testid={`role-legend-${r}`}>
            <span aria-hidden="true">{ROLE_ICONS[r]}</span> <strong>{t(`disclosures.judgement.roles.${r}`)}</strong>
            <span className="muted">: {t(`disclosures.judgement.roleHelp.${r}`)}</span>
          </li>
        ))}
        {loose.length > 0 ? (
          <li className="role-tag unanchored-legend" data-testid="role-legend-unanchored">
            <span aria-hidden="true">{UNANCHORED_ICON}</span>{' '}
            <strong>{t('disclosures.judgement.unanchored.tag')}</strong>
            <span className="muted">: {t('disclosures.judgement.unanchored.help')}</span>
          </li>
        ) : null}
      </ul>
      {/* Focusable so that keyboard users can scroll a long text (WCAG 2.1.1). */}
      <div className="disclosure-text" tabIndex={0} role="region" aria-label={t('disclosures.judgement.rolesText')}>
        {pieces.map((p) =>
          p.role ? (
            <span
              key={p.start}
              className={`role-sentence role-sentence--${p.role}${p.unanchored ? ' role-sentence--unanchored' : ''}`}
              data-testid="role-sentence"
              data-role={p.role}
              data-unanchored={p.unanchored}
            >
              <span className={`role-tag role-tag--${p.role}`}>
                <span aria-hidden="true">{ROLE_ICONS[p.role]}</span>
                {t('disclosures.judgement.sentenceTag', { role: t(`disclosures.judgement.roles.${p.role}`) })}
                {p.chain !== null ? (
                  <span className="role-tag__chain">{t('disclosures.judgement.inChain', { n: p.chain + 1 })}</span>
                ) : null}
              </span>{' '}
              {p.reason ? (
                <>
                  <UnanchoredMarker reason={p.reason} />{' '}
                </>
              ) : null}
              {p.text}
            </span>
          ) : (
            <span key={p.start}>{p.text}</span>
          ),
        )}
      </div>
      {loose.length > 0 ? (
        <>
          <h3 id="disclosure-unanchored-title">
            {t('disclosures.judgement.unanchored.listHeading', { count: loose.length })}
          </h3>
          <p className="muted">{t('disclosures.judgement.unanchored.listIntro')}</p>
          <ul className="unanchored-list" aria-labelledby="disclosure-unanchored-title">
            {loose.map((s) => (
              <li key={s.start} className="unanchored-list__item" data-testid="unanchored-sentence">
                <span className="role-tag unanchored-legend">
                  <span aria-hidden="true">{UNANCHORED_ICON}</span>
                  {t('disclosures.judgement.sentenceTag', { role: t(`disclosures.judgement.roles.${s.role}`) })}
                  {s.chain !== null ? (
                    <span className="role-tag__chain">{t('disclosures.judgement.inChain', { n: s.chain + 1 })}</span>
                  ) : null}
                </span>{' '}
                <q>{s.text}</q>
                <p className="unanchored-list__reason">
                  {t('disclosures.judgement.unanchored.why', { reason: bilingualText(s.reason, i18n.language) })}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
