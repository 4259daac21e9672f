// Public API of @ipgn/assessment — import only from here.
export * from './i18n/localized-text';
export * from './taxonomy/source-confidence';
export * from './taxonomy/ggl-actions';
export * from './taxonomy/ggl-principles';
export * from './taxonomy/cgc-clauses';
export * from './taxonomy/value-co-creation-sections';
export * from './taxonomy/ip-program-agenda';

export * from './bank/track';
export * from './bank/assessment-module';
export * from './bank/assessment-profile';
export * from './bank/answer';
export * from './bank/answer-state';
export * from './bank/condition';
export * from './bank/question';
export * from './bank/glossary-term';
export * from './bank/glossary';
export * from './bank/bank-version';
export * from './bank/question-bank';
export * from './bank/evaluate-condition';
export * from './bank/visible-questions';
export * from './bank/validate-answer';
export * from './bank/progress';
export * from './bank/suggest-track';
export * from './bank/coverage-table';

export * from './scoring/answer-maturity';
export * from './scoring/scoring-context';
export * from './scoring/dimension-score';
export * from './scoring/rules/score-rule';
export * from './scoring/rules/ggl-action-score.rule';
export * from './scoring/rules/ggl-principle-score.rule';
export * from './scoring/rules/module-score.rule';
export * from './scoring/rules/overall-score.rule';
export * from './scoring/rules/score-rules';
export * from './scoring/findings/finding';
export * from './scoring/findings/finding-rules';
export * from './scoring/plan/action-plan-item';
export * from './scoring/plan/plan-rule';
export * from './scoring/plan/plan-rules';
export * from './scoring/quantification/intangible-quantification';
export * from './scoring/quantification/quantify-intangibles';
export * from './scoring/strengths-and-gaps';
export * from './scoring/assessment-result';
export * from './scoring/score-assessment';
export * from './scoring/compare-rounds';

export * from './testing/sample-answers';

export * from './planning/assessment-targets';
export * from './planning/assessment-scope';
export * from './planning/planning-error';
export * from './planning/validate-planning';
export * from './planning/dimension-target';
export * from './planning/excluded-item';
export * from './planning/target-history';
export * from './planning/question-note';
export * from './planning/validate-notes';

export * from './transfer/assessment-transfer';
export * from './transfer/question-renames';
export * from './transfer/transfer-error';
export * from './transfer/import-preview';
export * from './transfer/preview-import';
export * from './transfer/build-transfer';
export * from './transfer/transfer-sheets';

// SME track (bank 2026.12-1): content, report and free-help list
export * from './sme/bank/sme-modules';
export * from './sme/bank/sme-glossary';
export * from './sme/report/sme-report-types';
export * from './sme/report/answer-label';
export * from './sme/report/build-sme-report';
export * from './sme/support/support-programmes';
export * from './sme/support/support-for-prefecture';
export * from './sme/bank/sme-prefill';
export * from './sme/sheets/bank-sheets-model';
export * from './sme/sheets/build-bank-sheets';
export * from './sme/sheets/sme-one-pager-sources';

// Validation step: which answers need a reviewer's acceptance, where a round stands, what counts
export * from './validation/answer-review';
export * from './validation/carry-decisions';
export * from './validation/decision-origin';
export * from './validation/needs-validation';
export * from './validation/round-validation';
export * from './validation/review-rules';

// Opt-in industry benchmark: k-anonymous, differencing-safe snapshots; what a round contributes and where it stands
export * from './benchmark/benchmark-snapshot';
export * from './benchmark/benchmark-standing';
export * from './benchmark/benchmark-distribution';

// The assessment API's answers, bound to this library's types (shapes in @ipgn/contracts)
export type {
  AnswerConflictBody,
  AnswerView,
  AssessmentBankView,
  AssessmentDetail,
  AssessmentSummary,
  AssignmentView,
} from './api/assessment-views';
