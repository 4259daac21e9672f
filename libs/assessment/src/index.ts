// Public API of @ipgn/assessment — import only from here.
export * from './i18n/localized-text';
export * from './taxonomy/source-confidence';
export * from './taxonomy/ggl-actions';
export * from './taxonomy/ggl-principles';
export * from './taxonomy/cgc-clauses';
export * from './taxonomy/value-co-creation-sections';

export * from './bank/track';
export * from './bank/assessment-module';
export * from './bank/assessment-profile';
export * from './bank/answer';
export * from './bank/answer-state';
export * from './bank/condition';
export * from './bank/question';
export * from './bank/glossary-term';
export * from './bank/glossary';
export * from './bank/question-bank';
export * from './bank/evaluate-condition';
export * from './bank/visible-questions';
export * from './bank/validate-answer';
export * from './bank/progress';
export * from './bank/suggest-track';
