import type { ValidationError } from 'class-validator';
import { ApiException, type ApiFieldProblem } from './api-exception';

/** Flattens class-validator's tree into field problems with dotted paths (`members.0.role`). */
export function toFieldProblems(errors: ValidationError[], parent = ''): ApiFieldProblem[] {
  const problems: ApiFieldProblem[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const [constraint, defaultMessage] of Object.entries(error.constraints ?? {})) {
      problems.push({ field, code: constraint, vars: { constraint: boundOf(defaultMessage) } });
    }
    if (error.children?.length) problems.push(...toFieldProblems(error.children, field));
  }
  return problems;
}

export function validationExceptionFactory(errors: ValidationError[]): ApiException {
  return ApiException.badRequest('VALIDATION_FAILED', toFieldProblems(errors));
}

/**
 * class-validator puts a constraint's bound (the 10 of MinLength(10)) only into its English message; we need it
 * for our own bilingual messages, so we read the number back from there.
 */
function boundOf(message: string): string {
  const numbers = message.match(/-?\d+(\.\d+)?/g);
  return numbers ? numbers[numbers.length - 1] : '';
}
