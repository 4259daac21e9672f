import { Question } from '../../bank/question';
import { SME_BRAND_QUESTIONS } from './sme-brand-questions';
import { SME_DEALS_QUESTIONS } from './sme-deals-questions';
import { SME_HELP_QUESTIONS } from './sme-help-questions';
import { SME_SECRETS_QUESTIONS } from './sme-secrets-questions';
import { SME_STRENGTHS_QUESTIONS } from './sme-strengths-questions';

/** The SME track since bank 2026.12-1, in display order. */
export const SME_QUESTIONS: readonly Question[] = [
  ...SME_STRENGTHS_QUESTIONS,
  ...SME_SECRETS_QUESTIONS,
  ...SME_DEALS_QUESTIONS,
  ...SME_BRAND_QUESTIONS,
  ...SME_HELP_QUESTIONS,
];
