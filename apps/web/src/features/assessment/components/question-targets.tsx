import { useTranslation } from 'react-i18next';
import { isScorable, type AssessmentModule, type MaturityLevel, type Question } from '@ipgn/assessment';
import { currentLocale } from '../../../shared/i18n/current-locale';

export interface QuestionTargetsProps {
  modules: readonly AssessmentModule[];
  questions: readonly Question[];
  targets: Readonly<Record<string, MaturityLevel>>;
  editable: boolean;
  onChange: (questionId: string, level: MaturityLevel | null) => void;
}

/**
 * Target level per scored question, one disclosure (details/summary: keyboard and screen-reader native) per
 * module, so the long list stays folded until a team wants to be more precise than the module target.
 */
export function QuestionTargets({ modules, questions, targets, editable, onChange }: QuestionTargetsProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (
    <div className="question-targets" data-testid="question-targets">
      <h3>{t('assessment.planning.questionTargetsTitle')}</h3>
      <p className="hint">{t('assessment.planning.questionTargetsHint')}</p>
      {modules.map((m) => {
        const scored = questions.filter((q) => q.module === m.id && isScorable(q));
        if (scored.length === 0) return null;
        const count = scored.filter((q) => targets[q.id] !== undefined).length;
        return (
          <details key={m.id} className="question-targets__module">
            <summary>{t('assessment.planning.questionTargetsFor', { module: m.title[locale], count })}</summary>
            <ul>
              {scored.map((q) => {
                const prompt = q.prompt[locale];
                const id = `target-${q.id}`;
                return (
                  <li key={q.id} className="question-targets__row">
                    <label htmlFor={id}>{prompt}</label>
                    <select
                      id={id}
                      aria-label={t('assessment.planning.questionTargetFor', { question: prompt })}
                      value={targets[q.id] === undefined ? '' : String(targets[q.id])}
                      disabled={!editable}
                      onChange={(e) =>
                        onChange(q.id, e.target.value === '' ? null : (Number(e.target.value) as MaturityLevel))
                      }
                    >
                      <option value="">{t('assessment.planning.moduleDefault')}</option>
                      {[0, 1, 2, 3, 4].map((l) => (
                        <option key={l} value={l}>
                          {t('assessment.planning.level', { level: l })}
                        </option>
                      ))}
                    </select>
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
