import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SCOPE_REASON_MAX_LENGTH,
  type AssessmentModule,
  type MaturityLevel,
  type ModuleId,
  type Question,
} from '@ipgn/assessment';
import { useTooLongMessage } from '../../../shared/components/limited-textarea';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { usePlanning } from '../hooks/use-planning';
import { QuestionTargets } from './question-targets';

interface Row {
  target: MaturityLevel | null;
  excluded: boolean;
  reason: string;
}

export interface PlanningPanelProps {
  orgId: string;
  assessmentId: string;
  modules: readonly AssessmentModule[];
  /** The round's questions (its bank version): scored ones can get a target of their own. */
  questions: readonly Question[];
  editable: boolean;
}

/** Target level and scope per module, targets per question; saved together, results recomputed. */
export function PlanningPanel({ orgId, assessmentId, modules, questions, editable }: PlanningPanelProps) {
  const { t, i18n } = useTranslation();
  const tooLong = useTooLongMessage();
  const locale = currentLocale(i18n);
  const { query, save } = usePlanning(orgId, assessmentId);
  const [rows, setRows] = useState<Partial<Record<ModuleId, Row>>>({});
  const [questionTargets, setQuestionTargets] = useState<Record<string, MaturityLevel>>({});

  useEffect(() => {
    if (!query.data) return;
    const next: Partial<Record<ModuleId, Row>> = {};
    for (const m of modules) {
      const reason = query.data.scope.modules?.[m.id];
      next[m.id] = {
        target: query.data.targets.modules?.[m.id] ?? null,
        excluded: reason !== undefined,
        reason: reason ?? '',
      };
    }
    setRows(next);
    setQuestionTargets({ ...(query.data.targets.questions ?? {}) });
  }, [query.data, modules]);

  if (query.isError) return <QueryErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return null;
  const current = query.data;
  const update = (id: ModuleId, patch: Partial<Row>) =>
    setRows((r) => ({ ...r, [id]: { ...(r[id] ?? { target: null, excluded: false, reason: '' }), ...patch } }));
  const onSave = () => {
    const targetModules: Partial<Record<ModuleId, MaturityLevel>> = {};
    const scopeModules: Partial<Record<ModuleId, string>> = {};
    for (const m of modules) {
      const row = rows[m.id];
      if (!row) continue;
      if (row.target !== null) targetModules[m.id] = row.target;
      if (row.excluded) scopeModules[m.id] = row.reason;
    }
    // An over-long reason stays whole beside its field (never cut); nothing is sent until it fits.
    if (modules.some((m) => rows[m.id]?.excluded && tooLong(rows[m.id]?.reason ?? '', SCOPE_REASON_MAX_LENGTH))) return;
    save.mutate({
      targets: { questions: questionTargets, modules: targetModules },
      scope: { questions: current.scope.questions ?? {}, modules: scopeModules },
      notes: current.notes,
    });
  };

  return (
    <section aria-labelledby="planning-title" className="card">
      <h2 id="planning-title">{t('assessment.planning.title')}</h2>
      <p className="hint">{t('assessment.planning.hint')}</p>
      {/* On a phone the table scrolls sideways inside its own region (reachable and scrollable by keyboard). */}
      <div className="table-scroll" role="region" aria-labelledby="planning-table-caption" tabIndex={0}>
        <table className="table planning-table" data-testid="planning-table">
          <caption id="planning-table-caption" className="visually-hidden">
            {t('assessment.planning.tableCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('assessment.planning.module')}</th>
              <th scope="col">{t('assessment.planning.target')}</th>
              <th scope="col">{t('assessment.planning.outOfScope')}</th>
              <th scope="col">{t('assessment.planning.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {modules.map((m) => {
              const row = rows[m.id] ?? { target: null, excluded: false, reason: '' };
              const title = m.title[locale];
              return (
                <tr key={m.id}>
                  <th scope="row">{title}</th>
                  <td>
                    <select
                      aria-label={t('assessment.planning.targetFor', { module: title })}
                      value={row.target === null ? '' : String(row.target)}
                      disabled={!editable}
                      onChange={(e) =>
                        update(m.id, {
                          target: e.target.value === '' ? null : (Number(e.target.value) as MaturityLevel),
                        })
                      }
                    >
                      <option value="">{t('assessment.planning.noTarget')}</option>
                      {[0, 1, 2, 3, 4].map((l) => (
                        <option key={l} value={l}>
                          {t('assessment.planning.level', { level: l })}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('assessment.planning.outOfScopeFor', { module: title })}
                      checked={row.excluded}
                      disabled={!editable}
                      onChange={(e) => update(m.id, { excluded: e.target.checked })}
                    />
                  </td>
                  <td>
                    <input
                      type="text"
                      aria-label={t('assessment.planning.reasonFor', { module: title })}
                      value={row.reason}
                      disabled={!editable || !row.excluded}
                      aria-invalid={tooLong(row.reason, SCOPE_REASON_MAX_LENGTH) ? true : undefined}
                      aria-describedby={
                        tooLong(row.reason, SCOPE_REASON_MAX_LENGTH) ? `planning-reason-${m.id}-error` : undefined
                      }
                      onChange={(e) => update(m.id, { reason: e.target.value })}
                    />
                    {tooLong(row.reason, SCOPE_REASON_MAX_LENGTH) ? (
                      <p id={`planning-reason-${m.id}-error`} className="field__error">
                        {tooLong(row.reason, SCOPE_REASON_MAX_LENGTH)}
                      </p>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <QuestionTargets
        modules={modules}
        questions={questions}
        targets={questionTargets}
        editable={editable}
        onChange={(id, level) =>
          setQuestionTargets((old) => {
            const next = { ...old };
            if (level === null) delete next[id];
            else next[id] = level;
            return next;
          })
        }
      />
      {editable ? (
        <button type="button" className="button" onClick={onSave} disabled={save.isPending}>
          {t('assessment.planning.save')}
        </button>
      ) : null}
      <p role="status">
        {save.isSuccess ? t('assessment.planning.saved') : save.isError ? t('assessment.planning.saveFailed') : null}
      </p>
    </section>
  );
}
