import { AnswerValue, Answers } from '../../bank/answer';
import { AssessmentProfile } from '../../bank/assessment-profile';
import { BANK_VERSION } from '../../bank/bank-version';
import { visibleQuestions } from '../../bank/visible-questions';
import { answerMaturity } from '../../scoring/answer-maturity';
import { supportForPrefecture } from '../support/support-for-prefecture';
import { SupportProgramme } from '../support/support-programmes';
import { answerLabel } from './answer-label';
import { smeExposures } from './sme-exposures';
import { SmeExposure, SmeNextStep, SmeReport, SmeStrength } from './sme-report-types';
import { SME_STEP_CATALOGUE, SmeStepId } from './sme-step-catalogue';

/** Which step answers which exposure. */
const STEP_FOR_EXPOSURE: Readonly<Record<string, SmeStepId>> = {
  'exposure.unprotected-know-how': 'step.secret-list',
  'exposure.drawings-handed-over': 'step.deal-paper',
  'exposure.talks-without-agreement': 'step.deal-paper',
  'exposure.brand-unregistered-abroad': 'step.trademark-abroad',
  'exposure.brand-unregistered': 'step.trademark-home',
  'exposure.skill-in-one-head': 'step.handover',
};
/** Filled in, in this order, when fewer than three exposures call for a step. */
const DEFAULT_STEPS: readonly SmeStepId[] = ['step.bank-sheet', 'step.ask-desk', 'step.handover', 'step.secret-list'];

export interface SmeReportInput {
  readonly answers: Answers;
  readonly profile: AssessmentProfile;
  /** JIS prefecture code of the organization, for the support list. */
  readonly prefecture?: string | null;
}

/**
 * The SME results: strengths from the owner's own answers, where the business is exposed, and exactly three
 * next steps with what to do this month, what it costs and who helps for free. No listed-company metric appears.
 */
export function buildSmeReport(input: SmeReportInput): SmeReport {
  const visible = visibleQuestions('sme', input.answers, input.profile);
  const answered = new Map<string, AnswerValue>();
  for (const q of visible) {
    const v = input.answers[q.id];
    if (
      v !== null &&
      v !== undefined &&
      !(Array.isArray(v) && v.length === 0) &&
      !(typeof v === 'string' && v.trim() === '')
    )
      answered.set(q.id, v);
  }
  const lookup = (id: string): AnswerValue | undefined => answered.get(id);

  const strengths: SmeStrength[] = [];
  for (const q of visible) {
    const v = answered.get(q.id);
    const label = answerLabel(q, v);
    if (!label || v === undefined) continue;
    if (q.id === 'sme-strengths.why-customers') strengths.push({ questionId: q.id, kind: 'own-words', text: label });
    else if (q.id === 'sme-strengths.kinds') strengths.push({ questionId: q.id, kind: 'strength-kind', text: label });
    else {
      const m = answerMaturity(q, v);
      if (m !== null && m >= 75) strengths.push({ questionId: q.id, kind: 'good-practice', text: label });
    }
  }

  const exposures = smeExposures(lookup);
  const steps: SmeNextStep[] = [];
  const add = (id: SmeStepId, because: readonly string[]): void => {
    const existing = steps.findIndex((s) => s.id === id);
    if (existing >= 0) {
      const s = steps[existing];
      if (s) steps[existing] = { ...s, because: [...new Set([...s.because, ...because])] };
      return;
    }
    if (steps.length < 3)
      steps.push({ ...SME_STEP_CATALOGUE[id], freeHelp: [...SME_STEP_CATALOGUE[id].freeHelp], because });
  };
  for (const e of exposures) {
    const id = STEP_FOR_EXPOSURE[e.id];
    if (id) add(id, e.questionIds);
  }
  for (const id of DEFAULT_STEPS) {
    if (steps.length >= 3) break;
    add(id, id === 'step.bank-sheet' && lookup('sme-help.bank-talk') !== undefined ? ['sme-help.bank-talk'] : []);
  }
  const [a, b, c] = steps;
  if (!a || !b || !c) throw new Error('the SME report must have three next steps');

  const helpIds: SupportProgramme['id'][] = [
    ...new Set<SupportProgramme['id']>(['inpit-ip-desk', 'yorozu', ...steps.flatMap((s) => s.freeHelp)]),
  ];
  return {
    bankVersion: BANK_VERSION,
    strengths,
    exposures: exposures as SmeExposure[],
    nextSteps: [a, b, c],
    support: supportForPrefecture(input.prefecture, helpIds),
  };
}
