import { useTranslation } from 'react-i18next';
import { GGL_ACTIONS } from '@ipgn/assessment';
import { currentLocale } from '../../../shared/i18n/current-locale';
import type { WorkshopQuestion } from '../utils/workshop-question';
import type { WorkshopDepartment } from '@ipgn/contracts';
import type { WorkshopResults } from '@ipgn/workshops';

export interface GapRankingProps {
  results: WorkshopResults;
  /** The question behind an id (use-workshop-questions.ts). */
  questionOf: (id: string) => WorkshopQuestion | undefined;
}

/** The largest gaps as discussion prompts (per GGL action, with the questions behind them), then per question. */
export function GapRanking({ results, questionOf }: GapRankingProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const dept = (d: WorkshopDepartment) => t(`workshops.departments.${d}`);
  const actionLabel = (id: number) => GGL_ACTIONS.find((a) => a.id === id)?.label[locale] ?? String(id);
  const questionResults = new Map(results.questions.map((q) => [q.questionId, q]));

  return (
    <div className="gap-ranking">
      <h3>{t('workshops.gaps.promptsTitle')}</h3>
      {results.discussionPrompts.length === 0 ? (
        <p>{t('workshops.gaps.noGaps', { min: results.minGroupSize })}</p>
      ) : (
        <ol className="gap-ranking__prompts">
          {results.discussionPrompts.map((p) => (
            <li key={p.action} className="card">
              <p className="gap-ranking__headline">
                {t('workshops.gaps.prompt', {
                  action: actionLabel(p.action),
                  spread: p.spread,
                  highest: dept(p.highest),
                  lowest: dept(p.lowest),
                })}
              </p>
              <ul>
                {p.questions.map((q) => (
                  <li key={q.questionId}>
                    {t('workshops.gaps.promptQuestion', {
                      prompt: q.prompt[locale],
                      spread: q.spread,
                      highest: dept(q.highest),
                      lowest: dept(q.lowest),
                    })}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <h3>{t('workshops.gaps.questionRankingTitle')}</h3>
      {results.questionGapRanking.length === 0 ? (
        <p>{t('workshops.gaps.noGaps', { min: results.minGroupSize })}</p>
      ) : (
        <ol className="gap-ranking__questions">
          {results.questionGapRanking.map((id) => {
            const r = questionResults.get(id);
            const q = questionOf(id);
            return (
              <li key={id}>
                {t('workshops.gaps.questionGap', { prompt: q?.prompt[locale] ?? id, spread: r?.spread ?? 0 })}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
