import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisclosureScore } from '@ipgn/disclosure-scoring';
import { bilingualText } from '../utils/bilingual-text';
import {
  ROLE_ICONS,
  ROLE_ORDER,
  learnedMarks,
  rolePieces,
  unanchoredSentences,
  type LearnedMark,
} from '../utils/judgement-view';
import { NARROW_SCREEN, useMediaQuery } from '../../../shared/hooks/use-media-query';
import { UNANCHORED_ICON, UnanchoredMarker } from './unanchored-marker';

/** A non-colour signal for the learned reading's sentences (its label is always shown beside it). */
const LEARNED_ICON = '✦';
/**
 * Sentences shown before "show all" on a phone: there the text runs in the page (no scroll box), and a long result
 * showed it twice in full, ~21,000 px (investor walk, v2.48). The evidence view below keeps the whole text.
 */
export const PHONE_FIRST_SENTENCES = 8;

export interface SentenceRolesProps {
  text: string;
  result: DisclosureScore;
}

/**
 * The text with every sentence tagged by its role (label + icon, not colour alone), and a legend. A sentence whose
 * strategy words name nothing specific carries a "words only" marker (label, wavy icon, dashed frame) with its
 * reason, and is listed under the text with that reason. The sentences the learned reading took (since v2.44: the one
 * most like "why it wins" and the one most like "what it brings") carry a tag with its reading, so the points it adds
 * can be traced to the words they came from.
 */
export function SentenceRoles({ text, result }: SentenceRolesProps) {
  const { t, i18n } = useTranslation();
  const pieces = useMemo(() => rolePieces(text, result.sentences), [text, result.sentences]);
  const narrow = useMediaQuery(NARROW_SCREEN);
  const [showAll, setShowAll] = useState(false);
  const regionId = useId();
  const tagged = pieces.filter((p) => p.role);
  const folded = narrow && !showAll && tagged.length > PHONE_FIRST_SENTENCES;
  // Pieces up to the last sentence shown (untagged pieces between them stay in place).
  const lastShown = folded ? (tagged[PHONE_FIRST_SENTENCES - 1]?.start ?? Infinity) : Infinity;
  const visible = folded ? pieces.filter((p) => p.start <= lastShown) : pieces;
  // A list or footnote mark between sentences (「・」, 「*1」, 「①」) is shown at the start of the sentence it marks, not
  // as a row of its own (the segmenter leaves it out of the sentence).
  const markOf = new Map<number, string>();
  visible.forEach((p, i) => {
    const next = visible[i + 1];
    const mark = p.text.trim();
    if (!p.role && next?.role && mark.length > 0 && mark.length <= 4) markOf.set(next.start, mark);
  });
  const shownPieces = visible.filter((p, i) => !(!p.role && markOf.has(visible[i + 1]?.start ?? -1)));
  const loose = useMemo(() => unanchoredSentences(text, result.sentences), [text, result.sentences]);
  const used = new Set(result.sentences.map((s) => s.role));
  // By start offset, as the pieces are keyed: the result names sentences by index.
  const learned = useMemo(() => {
    const marks = learnedMarks(result);
    const byStart = new Map<number, LearnedMark[]>();
    for (const [i, m] of marks) {
      const s = result.sentences[i];
      if (s) byStart.set(s.start, m);
    }
    return byStart;
  }, [result]);
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
        {learned.size > 0 ? (
          <li className="role-tag learned-legend" data-testid="role-legend-learned">
            <span aria-hidden="true">{LEARNED_ICON}</span> <strong>{t('disclosures.judgement.learned.legend')}</strong>
            <span className="muted">: {t('disclosures.judgement.learned.help')}</span>
          </li>
        ) : null}
      </ul>
      {/* Focusable so that keyboard users can scroll a long text (WCAG 2.1.1). */}
      {/* One row per sentence, its tags first: inline tags in a run of text made it hard to tell which sentence a
          tag belongs to (UI review, v2.47). */}
      <div
        id={regionId}
        className="disclosure-text disclosure-text--rows"
        tabIndex={0}
        role="region"
        aria-label={t('disclosures.judgement.rolesText')}
      >
        {shownPieces.map((p) =>
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
              {(learned.get(p.start) ?? []).map((m) => (
                <span
                  key={m.kind}
                  className="role-tag learned-legend"
                  data-testid="learned-sentence"
                  data-kind={m.kind}
                >
                  <span aria-hidden="true">{LEARNED_ICON}</span>
                  {t('disclosures.judgement.learned.tag', {
                    what: t(`disclosures.judgement.learned.${m.kind}`),
                    percent: Math.round(m.probability * 100),
                  })}
                </span>
              ))}
              {learned.has(p.start) ? ' ' : null}
              {p.reason ? (
                <>
                  <UnanchoredMarker reason={p.reason} />{' '}
                </>
              ) : null}
              {markOf.has(p.start) ? <span className="role-sentence__mark">{markOf.get(p.start)} </span> : null}
              {p.text}
            </span>
          ) : p.text.trim() === '' ? null : (
            <span key={p.start} className="role-sentence role-sentence--none">
              {p.text}
            </span>
          ),
        )}
      </div>
      {narrow && tagged.length > PHONE_FIRST_SENTENCES ? (
        <button
          type="button"
          className="button button--secondary roles-show-all"
          aria-expanded={!folded}
          aria-controls={regionId}
          data-testid="roles-show-all"
          onClick={() => setShowAll((v) => !v)}
        >
          {folded
            ? t('disclosures.judgement.showAllSentences', { count: tagged.length, shown: PHONE_FIRST_SENTENCES })
            : t('disclosures.judgement.showFirstSentences', { shown: PHONE_FIRST_SENTENCES })}
        </button>
      ) : null}
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
