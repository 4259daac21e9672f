import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisclosureScore } from '@ipgn/disclosure-scoring';
import { ROLE_ICONS, ROLE_ORDER, rolePieces } from '../utils/judgement-view';

export interface SentenceRolesProps {
  text: string;
  result: DisclosureScore;
}

/** The text with every sentence tagged by its role (label + icon, not colour alone), and a legend. */
export function SentenceRoles({ text, result }: SentenceRolesProps) {
  const { t } = useTranslation();
  const pieces = useMemo(() => rolePieces(text, result.sentences), [text, result.sentences]);
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
      </ul>
      {/* Focusable so that keyboard users can scroll a long text (WCAG 2.1.1). */}
      <div className="disclosure-text" tabIndex={0} role="region" aria-label={t('disclosures.judgement.rolesText')}>
        {pieces.map((p) =>
          p.role ? (
            <span
              key={p.start}
              className={`role-sentence role-sentence--${p.role}`}
              data-testid="role-sentence"
              data-role={p.role}
            >
              <span className={`role-tag role-tag--${p.role}`}>
                <span aria-hidden="true">{ROLE_ICONS[p.role]}</span>
                {t('disclosures.judgement.sentenceTag', { role: t(`disclosures.judgement.roles.${p.role}`) })}
                {p.chain !== null ? (
                  <span className="role-tag__chain">{t('disclosures.judgement.inChain', { n: p.chain + 1 })}</span>
                ) : null}
              </span>{' '}
              {p.text}
            </span>
          ) : (
            <span key={p.start}>{p.text}</span>
          ),
        )}
      </div>
    </section>
  );
}
