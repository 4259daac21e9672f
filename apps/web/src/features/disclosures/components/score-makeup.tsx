import { useTranslation } from 'react-i18next';
import { CLAIM_SHARE_WEIGHT, LEARNED_LINK_WEIGHT, type DisclosureScore } from '@ipgn/disclosure-scoring';
import { v2Minor } from '../utils/judgement-view';

export interface ScoreMakeupProps {
  result: DisclosureScore;
  /** The judged text, to quote the sentences the learned reading came from. */
  text?: string;
}

/** A sentence of the text, quoted short enough to read in a line. */
function quote(text: string, start: number, end: number): string {
  const s = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  return s.length > 90 ? `${s.slice(0, 89)}…` : s;
}

const percent = (share: number): number => Math.round(share * 100);

/**
 * How the overall score is made, from what the result carries. One plain sentence says what the substitution deduction
 * counts (sentences standing in for strategy) and what it cost; the formula — the best chain's score, what the other
 * chains add (one fifth of it), the claim-share points (since v2.41), times the substitution factor, the learned
 * reading's points and scale with the two sentences it came from (since v2.44), the whole-text reading's share and
 * what it read (since v2.51), and how that factor's ratio is counted — is behind a disclosure. Results saved by an
 * earlier rubric are explained as that rubric made them. The share of general sentences (nothing named) is shown there
 * for reference; it does not enter the score.
 */
export function ScoreMakeup({ result, text }: ScoreMakeupProps) {
  const { t } = useTranslation();
  const { substitution } = result;
  const factor = substitution.factor.toFixed(2);
  const count = substitution.findings.length;
  // The ratio's other term, as the scorer counts it: the kinds of links across all chains.
  const links = new Set(result.chains.flatMap((c) => c.links)).size;
  const cut = percent(1 - substitution.factor);
  const best = result.chains.length > 0 ? Math.max(...result.chains.map((c) => c.score)) : null;
  const minor = v2Minor(result.rubricVersion);
  const claimShare = typeof result.stats?.claimShare === 'number' ? result.stats.claimShare : null;
  const learned = minor !== null && minor >= 44 ? result.learned : undefined;
  const passage = learned?.passage && learned.passage.share > 0 ? learned.passage : undefined;
  const learnedLines =
    learned && learned.points > 0 && text !== undefined
      ? (
          [
            ['learnedMechanism', learned.mechanism],
            ['learnedValue', learned.value],
          ] as const
        ).flatMap(([key, reading]) => {
          const s = reading.sentence === null ? undefined : result.sentences[reading.sentence];
          return s
            ? [
                {
                  key,
                  text: t(`disclosures.result.makeup.${key}`, {
                    percent: percent(reading.probability),
                    sentence: quote(text, s.start, s.end),
                  }),
                },
              ]
            : [];
        })
      : [];
  // The formula as the rubric that made the result had it: + claim share since v2.41, + learned reading since v2.44.
  const how = (best: number): string => {
    const base = { best, factor, overall: result.overall };
    if (claimShare === null || minor === null || minor < 41) return t('disclosures.result.makeup.how', base);
    const claims = {
      ...base,
      weight: CLAIM_SHARE_WEIGHT,
      claim: percent(claimShare),
      claimPoints: (CLAIM_SHARE_WEIGHT * claimShare).toFixed(1),
    };
    if (!learned) return t('disclosures.result.makeup.howClaims', claims);
    const withLearned = {
      ...claims,
      learnedPoints: learned.points.toFixed(1),
      learnedMax: 2 * LEARNED_LINK_WEIGHT,
      scale: learned.scale.toFixed(1),
    };
    // + the whole-text reading since v2.51, which takes its share of the score.
    if (!passage) return t('disclosures.result.makeup.howLearned', withLearned);
    return t('disclosures.result.makeup.howPassage', {
      ...withLearned,
      before: passage.before.toFixed(1),
      rulesPercent: percent(1 - passage.share),
      passagePercent: percent(passage.share),
      passagePoints: passage.points.toFixed(1),
    });
  };
  // With no chain there is no score to take a share of: say that the text tells no story, not that counts cut it.
  const plain =
    count === 0
      ? t('disclosures.result.makeup.plainNone')
      : best === null
        ? t('disclosures.result.makeup.plainNoStory', { count })
        : cut === 0 && result.chains.some((c) => c.breaks.missing === null)
          ? t('disclosures.result.makeup.plainComplete', { count })
          : cut > 0
            ? t('disclosures.result.makeup.plain', { count, cut })
            : t('disclosures.result.makeup.plainFree', { count });
  return (
    <div className="score-makeup" data-testid="score-makeup">
      <p data-testid="substitution-plain">{plain}</p>
      <details className="score-makeup__formula">
        <summary>{t('disclosures.result.makeup.formula')}</summary>
        <p data-testid="score-makeup-how">{best === null ? t('disclosures.result.makeup.noChains') : how(best)}</p>
        {passage && (
          <p className="muted" data-testid="score-makeup-learnedPassage">
            {t('disclosures.result.makeup.learnedPassage', {
              medium: percent(passage.medium),
              strong: percent(passage.strong),
            })}
          </p>
        )}
        {learnedLines.map((l) => (
          <p key={l.key} className="muted" data-testid={`score-makeup-${l.key}`}>
            {l.text}
          </p>
        ))}
        <p className="muted" data-testid="substitution-share">
          {t('disclosures.result.makeup.substitution', {
            percent: percent(substitution.share),
            count,
            links,
            factor,
          })}
        </p>
        <p className="muted" data-testid="generic-share">
          {t('disclosures.result.makeup.generic', { percent: percent(result.boilerplate.genericShare) })}
        </p>
      </details>
    </div>
  );
}
