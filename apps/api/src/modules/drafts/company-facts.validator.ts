import {
  ALLOCATION_AREAS,
  COMMITTEE_FREQUENCIES,
  DIALOGUE_KINDS,
  INTANGIBLE_KINDS,
  KPI_KINDS,
  OPEN_CLOSE_STANCES,
  PORTFOLIO_ROLES,
  type CompanyFacts,
} from '@ipgn/drafting';
import type { ApiFieldProblem } from '../../common/errors/api-exception';

/**
 * A hand-written validator for `CompanyFacts` (a deep, optional-everywhere JSON shape that class-validator
 * describes poorly). The schema below mirrors the interface in libs/drafting; every problem names the field by
 * its path (`facts.kpis.0.target.fiscalYear`, dotted like class-validator's) and a field-error code of api-messages.
 */
type Schema =
  | { kind: 'string'; max: number; pattern?: RegExp }
  | { kind: 'number'; integer?: boolean; min?: number; max?: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'array'; of: Schema; max: number }
  | { kind: 'object'; fields: Record<string, { schema: Schema; optional?: boolean }> };

const MAX_TEXT = 1000;
const MAX_LIST = 50;

const str = (max = MAX_TEXT, pattern?: RegExp): Schema => ({ kind: 'string', max, pattern });
const id = (): Schema => str(64, /^[A-Za-z0-9_-]+$/);
const num = (min = -1e15, max = 1e15): Schema => ({ kind: 'number', min, max });
const year = (): Schema => ({ kind: 'number', integer: true, min: 1900, max: 2200 });
const enumOf = (values: readonly string[]): Schema => ({ kind: 'enum', values });
const list = (of: Schema, max = MAX_LIST): Schema => ({ kind: 'array', of, max });
const req = (schema: Schema) => ({ schema });
const opt = (schema: Schema) => ({ schema, optional: true });
const obj = (fields: Record<string, { schema: Schema; optional?: boolean }>): Schema => ({ kind: 'object', fields });
/** Text in both languages (`LocalizedText`). */
const text = (): Schema => obj({ ja: req(str()), en: req(str()) });
const UNITS = ['percent', 'million-yen', 'count', 'times', 'people', 'score'] as const;
const yearValue = () => obj({ value: req(num()), fiscalYear: req(year()) });

const COMPANY_FACTS: Schema = obj({
  segments: opt(list(obj({ id: req(id()), name: req(text()), products: opt(text()) }))),
  intangibles: opt(list(obj({ id: req(id()), kind: req(enumOf(INTANGIBLE_KINDS)), name: req(text()), segmentIds: req(list(id())) }))),
  valueChains: opt(
    list(
      obj({
        id: req(id()),
        intangibleId: req(id()),
        segmentId: req(id()),
        advantage: req(text()),
        customerValue: req(text()),
        financialResult: req(text()),
        evidence: opt(obj({ label: req(text()), value: req(num()), unit: req(enumOf(UNITS)), fiscalYear: req(year()) })),
      }),
    ),
  ),
  kpis: opt(
    list(
      obj({
        id: req(id()),
        name: req(text()),
        kind: req(enumOf(KPI_KINDS)),
        unit: req(enumOf(UNITS)),
        segmentId: opt(id()),
        intangibleId: opt(id()),
        target: opt(yearValue()),
        actual: opt(yearValue()),
        baseline: opt(yearValue()),
      }),
    ),
  ),
  allocations: opt(
    list(
      obj({
        id: req(id()),
        area: req(enumOf(ALLOCATION_AREAS)),
        segmentId: opt(id()),
        amount: req(num(0)),
        fromFiscalYear: req(year()),
        toFiscalYear: req(year()),
        purpose: req(text()),
      }),
    ),
  ),
  midTermPlan: opt(obj({ name: req(text()), fromFiscalYear: req(year()), toFiscalYear: req(year()), intangibleInvestment: opt(num(0)) })),
  vision: opt(obj({ targetYear: req(year()), statement: req(text()) })),
  portfolio: opt(
    list(obj({ segmentId: req(id()), asIs: req(enumOf(PORTFOLIO_ROLES)), toBe: req(enumOf(PORTFOLIO_ROLES)), targetYear: req(year()), ipRole: req(text()) })),
  ),
  materialIssues: opt(list(text())),
  governance: opt(
    obj({
      ipOwner: opt(text()),
      committee: opt(obj({ name: req(text()), chair: req(text()), frequency: req(enumOf(COMMITTEE_FREQUENCIES)) })),
      boardTopics: opt(list(text())),
    }),
  ),
  benchmarks: opt(
    list(
      obj({
        id: req(id()),
        metric: req(text()),
        peer: req(text()),
        ownValue: req(num()),
        peerValue: req(num()),
        unit: req(enumOf(UNITS)),
        fiscalYear: req(year()),
        segmentId: opt(id()),
        decision: opt(text()),
      }),
    ),
  ),
  dialogueEvents: opt(
    list(
      obj({
        id: req(id()),
        kind: req(enumOf(DIALOGUE_KINDS)),
        month: req(str(7, /^\d{4}-(0[1-9]|1[0-2])$/)),
        participants: opt({ kind: 'number', integer: true, min: 0, max: 1_000_000 }),
        feedback: opt(text()),
        change: opt(text()),
      }),
    ),
  ),
  risks: opt(list(obj({ id: req(id()), risk: req(text()), response: req(text()) }))),
  openClose: opt(list(obj({ intangibleId: req(id()), stance: req(enumOf(OPEN_CLOSE_STANCES)), rationale: req(text()) }))),
  sme: opt(obj({ customers: opt(text()), contact: opt(text()) })),
});

/** At most this many problems are reported (a wholly wrong document would otherwise list hundreds). */
const MAX_PROBLEMS = 20;

function check(value: unknown, schema: Schema, path: string, out: ApiFieldProblem[]): void {
  if (out.length >= MAX_PROBLEMS) return;
  switch (schema.kind) {
    case 'string':
      if (typeof value !== 'string') return void out.push({ field: path, code: 'isString' });
      if (value.trim().length === 0) return void out.push({ field: path, code: 'isNotEmpty' });
      if (value.length > schema.max) return void out.push({ field: path, code: 'maxLength', vars: { constraint: schema.max } });
      if (schema.pattern && !schema.pattern.test(value)) out.push({ field: path, code: 'matches' });
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return void out.push({ field: path, code: schema.integer ? 'isInt' : 'isNumber' });
      if (schema.integer && !Number.isInteger(value)) return void out.push({ field: path, code: 'isInt' });
      if (schema.min !== undefined && value < schema.min) return void out.push({ field: path, code: 'min', vars: { constraint: schema.min } });
      if (schema.max !== undefined && value > schema.max) out.push({ field: path, code: 'max', vars: { constraint: schema.max } });
      return;
    case 'enum':
      if (typeof value !== 'string' || !schema.values.includes(value)) out.push({ field: path, code: 'isIn' });
      return;
    case 'array':
      if (!Array.isArray(value)) return void out.push({ field: path, code: 'isArray' });
      if (value.length > schema.max) return void out.push({ field: path, code: 'arrayMaxSize', vars: { constraint: schema.max } });
      value.forEach((item, i) => check(item, schema.of, `${path}.${i}`, out));
      return;
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return void out.push({ field: path, code: 'isObject' });
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if (!(key in schema.fields)) out.push({ field: `${path}.${key}`, code: 'whitelistValidation' });
      }
      for (const [key, field] of Object.entries(schema.fields)) {
        const child = record[key];
        if (child === undefined) {
          if (!field.optional) out.push({ field: `${path}.${key}`, code: 'isDefined' });
          continue;
        }
        check(child, field.schema, `${path}.${key}`, out);
      }
      return;
    }
  }
}

/** The problems of `value` as CompanyFacts (empty when it is valid), each naming the field by its path. */
export function validateCompanyFacts(value: unknown, path = 'facts'): ApiFieldProblem[] {
  const problems: ApiFieldProblem[] = [];
  check(value, COMPANY_FACTS, path, problems);
  return problems;
}

export function isCompanyFacts(value: unknown): value is CompanyFacts {
  return validateCompanyFacts(value).length === 0;
}
