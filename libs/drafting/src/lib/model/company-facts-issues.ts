import type { z } from 'zod';
import { companyFactsSchemas } from './company-facts';

/**
 * The problem codes a company-facts save can have — the same codes as the API's field errors
 * (class-validator names), so both the API and the web form translate them with their own messages.
 */
export type FactIssueCode =
  | 'isDefined'
  | 'isString'
  | 'isNotEmpty'
  | 'maxLength'
  | 'matches'
  | 'isUrl'
  | 'isNumber'
  | 'isInt'
  | 'isBoolean'
  | 'min'
  | 'max'
  | 'isIn'
  | 'isArray'
  | 'arrayMaxSize'
  | 'isObject'
  | 'whitelistValidation';

export interface FactIssue {
  /** Dotted path from the root (`facts.kpis.0.unit`). */
  readonly field: string;
  readonly code: FactIssueCode;
  /** The limit broken (max characters, max items, min/max value), to show beside the field. */
  readonly limit?: number;
}

/** At most this many problems are reported (a wholly wrong document would otherwise list hundreds). */
export const MAX_FACT_ISSUES = 20;

const TYPE_CODES: Readonly<Record<string, FactIssueCode>> = {
  string: 'isString',
  number: 'isNumber',
  int: 'isInt',
  boolean: 'isBoolean',
  array: 'isArray',
  object: 'isObject',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function toIssues(issue: z.core.$ZodIssue, value: unknown, root: string): FactIssue[] {
  const field = [root, ...issue.path.map(String)].join('.');
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(value, issue.path) === undefined) return [{ field, code: 'isDefined' }];
      return [{ field, code: TYPE_CODES[issue.expected] ?? 'isObject' }];
    case 'too_small':
      if (issue.origin === 'string') return [{ field, code: 'isNotEmpty' }];
      return [{ field, code: 'min', limit: Number(issue.minimum) }];
    case 'too_big':
      if (issue.origin === 'string') return [{ field, code: 'maxLength', limit: Number(issue.maximum) }];
      if (issue.origin === 'array') return [{ field, code: 'arrayMaxSize', limit: Number(issue.maximum) }];
      return [{ field, code: 'max', limit: Number(issue.maximum) }];
    case 'invalid_format':
      return [{ field, code: issue.format === 'url' ? 'isUrl' : 'matches' }];
    case 'invalid_value':
      return [{ field, code: 'isIn' }];
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({ field: `${field}.${k}`, code: 'whitelistValidation' as const }));
    case 'custom':
      return [{ field, code: issue.params?.['code'] === 'isNotEmpty' ? 'isNotEmpty' : 'matches' }];
    default:
      return [{ field, code: 'isObject' }];
  }
}

/**
 * Checks `value` against the company-facts schema. Problems name the field by its path; none when valid.
 * Arrays longer than the limit are refused before their items are looked at, so the check stays fast on any input.
 */
export function companyFactsIssues(value: unknown, root = 'facts'): FactIssue[] {
  const parsed = companyFactsSchemas().companyFacts.safeParse(value);
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((i) => toIssues(i, value, root)).slice(0, MAX_FACT_ISSUES);
}
