import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  checkAnswerEditable,
  progressOf,
  visibleQuestionsOf,
  type AnswerValue,
  type AssessmentProfile,
  type ModuleId,
  type AssessmentBankView,
  type AssessmentDetail,
} from '@ipgn/assessment';
import type { CompanySize, ListingStatus } from '@ipgn/contracts';
import { ConfirmAction } from '../../../shared/components/confirm-action';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { useMembers } from '../../members/hooks/use-members';
import { useCurrentMembership } from '../../organizations/hooks/use-current-membership';
import { useAssessment } from '../hooks/use-assessment';
import { useAssessmentBank } from '../hooks/use-assessment-bank';
import { useAssignModule } from '../hooks/use-assign-module';
import { useSubmitAssessment } from '../hooks/use-submit-assessment';
import { QuestionField } from './question-field';
import { ValidationBanner } from './validation-banner';
import { ValidationDecision } from './validation-decision';
import { EvidenceNote } from './evidence-note';
import '../assessment.css';

/** Loads the round and its bank, then shows the questionnaire. */
export function QuestionnairePage() {
  const { assessmentId = '' } = useParams();
  const { orgId } = useCurrentMembership();
  const detail = useAssessment(orgId, assessmentId);
  const bank = useAssessmentBank(detail.data?.track, detail.data?.bankVersion);
  if (detail.isPending || (detail.isSuccess && bank.isPending)) return <LoadingState />;
  if (detail.isError) return <QueryErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  if (bank.isError || !bank.data) return <QueryErrorState error={bank.error} onRetry={() => void bank.refetch()} />;
  return <Questionnaire key={detail.data.id} orgId={orgId} detail={detail.data} bank={bank.data} />;
}

/** The question id in a `#q-<questionId>` hash (the links from draft slots), or null. */
function targetQuestionId(hash: string): string | null {
  if (!hash.startsWith('#q-')) return null;
  try {
    return decodeURIComponent(hash.slice(3)) || null;
  } catch {
    return null;
  }
}

interface QuestionnaireProps {
  orgId: string;
  detail: AssessmentDetail;
  bank: AssessmentBankView;
}

function Questionnaire({ orgId, detail, bank }: QuestionnaireProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const navigate = useNavigate();
  const { can } = useCurrentMembership();
  const submit = useSubmitAssessment(orgId, detail.id);
  const assign = useAssignModule(orgId, detail.id);
  const members = useMembers(orgId);
  const [answers, setAnswers] = useState<Record<string, AnswerValue | null>>(() =>
    Object.fromEntries(detail.answers.map((a) => [a.questionId, a.value])),
  );
  // A deep link `#q-<questionId>` opens the module holding that question, then scrolls to it and focuses it.
  const location = useLocation();
  const target = targetQuestionId(location.hash);
  const targetModule = target ? bank.questions.find((q) => q.id === target)?.module : undefined;
  // The open module is in the address (`?module=`), so Back returns to the previous module, not off the page.
  const [searchParams] = useSearchParams();
  const moduleInUrl = bank.modules.find((m) => m.id === searchParams.get('module'))?.id;
  const moduleId: ModuleId = targetModule ?? moduleInUrl ?? bank.modules[0]?.id ?? 'm0';
  const [unansweredOnly, setUnansweredOnly] = useState(false);
  useEffect(() => {
    if (targetModule) setUnansweredOnly(false);
  }, [location.key, targetModule]);
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!target || focusedFor.current === location.key) return;
    const element = document.getElementById(`q-${target}`);
    if (!element) return;
    focusedFor.current = location.key;
    element.scrollIntoView?.({ block: 'start' });
    element.focus();
  }, [location.key, target, moduleId]);
  // Choosing a module (list, phone select or the pager) brings its heading to the top of the screen and focuses it,
  // so the first question follows directly — not the module list (about 1,000 px on a phone) or mid-page.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [moveTo, setMoveTo] = useState(0);
  const goToModule = useCallback(
    (id: ModuleId) => {
      void navigate({ search: `?module=${encodeURIComponent(id)}` });
      setMoveTo((n) => n + 1);
    },
    [navigate],
  );
  useEffect(() => {
    if (moveTo === 0) return;
    headingRef.current?.scrollIntoView?.({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, [moveTo]);
  const onValue = useCallback(
    (questionId: string, value: AnswerValue | null) => setAnswers((old) => ({ ...old, [questionId]: value })),
    [],
  );

  const profile = useMemo<AssessmentProfile>(
    () => ({
      listingStatus: detail.profile.listingStatus as ListingStatus,
      companySize: detail.profile.companySize as CompanySize,
    }),
    [detail.profile.listingStatus, detail.profile.companySize],
  );
  // Branching and progress follow the answers on screen at once, with the same rules the API applies, over the
  // round's bank as the API served it (the bank's content is not bundled: first-load budget).
  const visible = useMemo(
    () => visibleQuestionsOf(bank.questions, answers, profile),
    [bank.questions, answers, profile],
  );
  const status = useMemo(() => progressOf(visible, answers), [visible, answers]);
  const moduleProgress = status.modules.find((m) => m.module === moduleId);
  const modules = bank.modules.filter((m) => status.modules.some((p) => p.module === m.id));
  const index = modules.findIndex((m) => m.id === moduleId);
  const locked = detail.status === 'submitted';
  const inReview = detail.status === 'in_review';
  // Draft: every answer; in review: only what a reviewer returned (the domain's rule, the API applies it too).
  const editable = (questionId: string) => {
    const item = detail.validation.items.find((i) => i.questionId === questionId);
    const review = item?.review
      ? { ...item.review, questionId, reviewedBy: item.review.reviewedBy?.userId ?? null }
      : null;
    return checkAnswerEditable(detail.status, item && { questionId, state: item.state, review }).ok;
  };
  const canAnswer = can('assessment:answer') && !locked;
  const questions = visible
    .filter((q) => q.module === moduleId)
    .filter((q) => !unansweredOnly || (moduleProgress?.unansweredQuestionIds ?? []).includes(q.id))
    .map((q) => bank.questions.find((b) => b.id === q.id) ?? q);
  const savedById = new Map(detail.answers.map((a) => [a.questionId, a]));
  const assignment = detail.assignments.find((a) => a.moduleId === moduleId);
  const percent = (ratio: number) => Math.round(ratio * 100);

  return (
    <section className="page questionnaire" aria-labelledby="questionnaire-title">
      <h1 id="questionnaire-title">{t('assessment.questionnaire.title', { round: detail.round })}</h1>
      <p>
        {t(`assessment.track.${detail.track}`)} · {t(`assessment.status.${detail.status}`)}
      </p>
      {locked ? <p className="notice">{t('assessment.questionnaire.locked')}</p> : null}
      {!locked && !can('assessment:answer') ? <p className="notice">{t('assessment.questionnaire.readOnly')}</p> : null}
      <ValidationBanner orgId={orgId} detail={detail} bank={bank} />
      <div className="questionnaire__overall">
        <label htmlFor="overall-progress">{t('assessment.questionnaire.overall')}</label>
        <progress id="overall-progress" max={status.overall.visible} value={status.overall.answered}>
          {t('assessment.results.percent', { value: percent(status.overall.ratio) })}
        </progress>
        <span>
          {t('assessment.questionnaire.moduleProgress', {
            answered: status.overall.answered,
            visible: status.overall.visible,
          })}
        </span>
      </div>
      <div className="questionnaire__layout">
        {/* On a phone the module list collapses to one select (CSS shows one or the other). */}
        <div className="questionnaire__module-select">
          <label htmlFor="module-select" className="field__label">
            {t('assessment.questionnaire.modules')}
          </label>
          <select
            id="module-select"
            className="field__input field__select"
            value={moduleId}
            onChange={(e) => goToModule(e.target.value as ModuleId)}
          >
            {modules.map((m, i) => {
              const p = status.modules.find((x) => x.module === m.id);
              return (
                <option key={m.id} value={m.id}>
                  {t('assessment.questionnaire.moduleOption', {
                    n: i + 1,
                    title: m.title[locale],
                    answered: p?.answered ?? 0,
                    visible: p?.visible ?? 0,
                  })}
                </option>
              );
            })}
          </select>
        </div>
        <nav aria-label={t('assessment.questionnaire.modules')} className="questionnaire__modules">
          <ol>
            {modules.map((m) => {
              const p = status.modules.find((x) => x.module === m.id);
              return (
                <li key={m.id}>
                  <button
                    type="button"
                    className="questionnaire__module"
                    aria-current={m.id === moduleId ? 'step' : undefined}
                    onClick={() => goToModule(m.id)}
                  >
                    <span>{m.title[locale]}</span>
                    <progress max={p?.visible ?? 0} value={p?.answered ?? 0} aria-hidden="true" />
                    <span className="questionnaire__module-count">
                      {t('assessment.questionnaire.moduleProgress', {
                        answered: p?.answered ?? 0,
                        visible: p?.visible ?? 0,
                      })}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
        <div className="questionnaire__body">
          {modules[index] ? (
            <>
              <h2 ref={headingRef} tabIndex={-1} className="questionnaire__module-heading" data-testid="module-heading">
                {modules[index].title[locale]}
              </h2>
              <p>{modules[index].description[locale]}</p>
            </>
          ) : null}
          <div className="questionnaire__tools">
            <label className="question__option">
              <input type="checkbox" checked={unansweredOnly} onChange={(e) => setUnansweredOnly(e.target.checked)} />
              <span>{t('assessment.questionnaire.showUnanswered')}</span>
            </label>
            {can('assessment:manage') && !locked && !inReview && members.data ? (
              <label>
                {t('assessment.questionnaire.assign')}{' '}
                <select
                  className="field__input field__select"
                  value={assignment?.assignee.userId ?? ''}
                  onChange={(e) => assign.mutate({ moduleId, userId: e.target.value === '' ? null : e.target.value })}
                >
                  <option value="">{t('assessment.questionnaire.unassigned')}</option>
                  {members.data.map((m) => (
                    <option key={m.userId} value={m.userId}>
                      {m.displayName}
                    </option>
                  ))}
                </select>
              </label>
            ) : assignment ? (
              <p>{t('assessment.questionnaire.assignedTo', { name: assignment.assignee.displayName })}</p>
            ) : null}
          </div>
          {questions.length === 0 ? <p>{t('assessment.questionnaire.allAnswered')}</p> : null}
          <ol className="questionnaire__questions">
            {questions.map((q) => (
              <QuestionField
                key={q.id}
                orgId={orgId}
                assessmentId={detail.id}
                question={q}
                saved={savedById.get(q.id)}
                glossary={bank.glossary}
                disabled={!canAnswer || !editable(q.id)}
                targeted={q.id === target}
                onValue={onValue}
                extra={
                  detail.validation.items.some((i) => i.questionId === q.id) ? (
                    <>
                      <ValidationDecision item={detail.validation.items.find((i) => i.questionId === q.id)} />
                      <EvidenceNote
                        orgId={orgId}
                        assessmentId={detail.id}
                        questionId={q.id}
                        editable={can('assessment:manage') && canAnswer && editable(q.id)}
                      />
                    </>
                  ) : null
                }
              />
            ))}
          </ol>
          <div className="questionnaire__pager">
            {index > 0 ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => goToModule(modules[index - 1]?.id ?? moduleId)}
              >
                {t('assessment.questionnaire.previous')}
              </button>
            ) : null}
            {index < modules.length - 1 ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => goToModule(modules[index + 1]?.id ?? moduleId)}
              >
                {t('assessment.questionnaire.next')}
              </button>
            ) : null}
          </div>
          <div className="questionnaire__submit">
            <Link to={`/o/${orgId}/assessments/${detail.id}/results`}>{t('assessment.questionnaire.viewResults')}</Link>
            {can('assessment:manage') && !locked && (!inReview || detail.validation.complete) ? (
              <ConfirmAction
                label={t('assessment.questionnaire.submit')}
                question={t('assessment.questionnaire.submitQuestion')}
                confirmLabel={t('assessment.questionnaire.submitConfirm')}
                pendingLabel={t('assessment.questionnaire.submitting')}
                pending={submit.isPending}
                onConfirm={() => {
                  // A second click while the first submit is on its way does nothing; the API answers a repeat with the submitted round.
                  if (submit.isPending) return;
                  submit.mutate(undefined, {
                    onSuccess: () => void navigate(`/o/${orgId}/assessments/${detail.id}/results`),
                  });
                }}
              />
            ) : null}
            {submit.isError ? <FormErrorAlert error={submit.error} /> : null}
          </div>
        </div>
      </div>
    </section>
  );
}
