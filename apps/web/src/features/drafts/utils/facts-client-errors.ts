import type { TFunction } from 'i18next';
import { companyFactsIssues, FACT_LIMITS, type CompanyFacts } from '@ipgn/drafting';
import type { FormCheckErrors } from '../../../shared/forms/use-app-form';

/**
 * The facts checked in the browser with the same zod schema the API uses, as messages beside each field
 * (`facts.kpis.0.target.value` → "Enter a number."), with the limit broken where there is one.
 */
export function factsClientErrors(facts: CompanyFacts, t: TFunction): FormCheckErrors {
  const errors: FormCheckErrors = {};
  for (const issue of companyFactsIssues(facts)) {
    errors[issue.field] ??= t(`drafts.facts.errors.${issue.code}`, {
      limit: issue.limit ?? '',
      min: FACT_LIMITS.minYear,
      max: FACT_LIMITS.maxYear,
    });
  }
  return errors;
}
