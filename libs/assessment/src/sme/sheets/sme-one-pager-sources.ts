import { Answers } from '../../bank/answer';
import { AssessmentProfile } from '../../bank/assessment-profile';
import { getQuestion } from '../../bank/question-bank';
import { visibleQuestions } from '../../bank/visible-questions';
import { LocalizedText } from '../../i18n/localized-text';
import { answerLabel } from '../report/answer-label';
import { buildSmeReport } from '../report/build-sme-report';

/**
 * What the SME one-pager can say from the SME check (bank 2026.12-1), with the question each part came from, so
 * the one-pager builder in libs/drafting can use the new SME answers without knowing the question ids.
 */
export interface SmeOnePagerSources {
  /** The owner's own words for why customers choose the company. */
  readonly whyCustomersChoose: { readonly text: string; readonly questionId: string } | null;
  /** Up to three key assets, from the kinds of strength the owner picked (in the bank's order). */
  readonly keyAssets: readonly { readonly label: LocalizedText; readonly questionId: string }[];
  /** Protection already in place (answers at level 3–4), in the owner's chosen words. */
  readonly protections: readonly { readonly label: LocalizedText; readonly questionId: string }[];
  /** The three next steps' titles (what the company will do next). */
  readonly nextSteps: readonly LocalizedText[];
}

export function smeOnePagerSources(answers: Answers, profile: AssessmentProfile): SmeOnePagerSources {
  const visible = new Set(visibleQuestions('sme', answers, profile).map((q) => q.id));
  const why = answers['sme-strengths.why-customers'];
  const kinds = answers['sme-strengths.kinds'];
  const kindsQ = getQuestion('sme-strengths.kinds');
  const keyAssets =
    Array.isArray(kinds) && kindsQ && (kindsQ.type === 'multiple' || kindsQ.type === 'single')
      ? kindsQ.options
          .filter((o) => kinds.includes(o.id))
          .slice(0, 3)
          .map((o) => ({ label: o.label, questionId: kindsQ.id }))
      : [];
  const report = buildSmeReport({ answers, profile });
  const protections = report.strengths
    .filter((s) => s.kind === 'good-practice' && visible.has(s.questionId))
    .map((s) => {
      const q = getQuestion(s.questionId);
      const value = answers[s.questionId];
      return {
        label: (q && value !== null && value !== undefined ? answerLabel(q, value) : null) ?? s.text,
        questionId: s.questionId,
      };
    });
  return {
    whyCustomersChoose:
      typeof why === 'string' && why.trim() !== '' && visible.has('sme-strengths.why-customers')
        ? { text: why.trim(), questionId: 'sme-strengths.why-customers' }
        : null,
    keyAssets,
    protections,
    nextSteps: report.nextSteps.map((s) => s.title),
  };
}
