import type { CompanyFacts, GovernanceFacts, KpiFact } from '@ipgn/drafting';
import { parseTypedNumber } from '@ipgn/contracts';
import type { FactsFormState, TextPair } from './facts-form-state';

const filled = (t: TextPair) => t.ja.trim() !== '' || t.en.trim() !== '';
const text = (t: TextPair) => ({ ja: t.ja.trim(), en: t.en.trim() });
/**
 * A typed number as people write it (「3,000」, 「３０００」, 「1.5億」; years also 「2028年度」, 「FY2028」); blank or
 * unreadable is NaN, which the shared schema turns into a message beside the field before anything is sent.
 */
const number = (s: string, options: { year?: boolean } = {}): number => {
  const parsed = parseTypedNumber(s, options);
  return parsed.ok && parsed.value !== null ? parsed.value : Number.NaN;
};
const year = (s: string) => number(s, { year: true });
const yearValue = (value: string, fiscalYear: string) =>
  value.trim() === '' && fiscalYear.trim() === '' ? undefined : { value: number(value), fiscalYear: year(fiscalYear) };

/** The facts to save: the form's fields over the facts as loaded (fields the form does not show, like the SME part, are kept). */
export function formStateToFacts(state: FactsFormState, loaded: CompanyFacts): CompanyFacts {
  const g = state.governance;
  const governance: GovernanceFacts = {
    ...(filled(g.ipOwner) ? { ipOwner: text(g.ipOwner) } : {}),
    ...(filled(g.committeeName) || filled(g.chair) || g.frequency !== ''
      ? {
          committee: {
            name: text(g.committeeName),
            chair: text(g.chair),
            frequency: g.frequency === '' ? 'yearly' : g.frequency,
          },
        }
      : {}),
    ...(g.boardTopics.length > 0 ? { boardTopics: g.boardTopics.map(text) } : {}),
  };
  const kpis: KpiFact[] = state.kpis.map((k) => {
    const target = yearValue(k.targetValue, k.targetYear);
    const actual = yearValue(k.actualValue, k.actualYear);
    const previous = loaded.kpis?.find((p) => p.id === k.id);
    return {
      ...previous,
      id: k.id,
      name: text(k.name),
      kind: k.kind,
      unit: k.unit,
      target,
      actual,
    };
  });
  const rest: Record<string, unknown> = { ...loaded };
  for (const key of ['governance', 'segments', 'intangibles', 'kpis', 'allocations', 'disclosureUrl']) delete rest[key];
  return {
    ...(rest as CompanyFacts),
    ...(state.segments.length > 0
      ? {
          segments: state.segments.map((s) => ({
            id: s.id,
            name: text(s.name),
            ...(filled(s.products) ? { products: text(s.products) } : {}),
          })),
        }
      : {}),
    ...(state.intangibles.length > 0
      ? {
          intangibles: state.intangibles.map((i) => ({
            id: i.id,
            kind: i.kind,
            name: text(i.name),
            segmentIds: i.segmentIds,
          })),
        }
      : {}),
    ...(kpis.length > 0 ? { kpis } : {}),
    ...(state.allocations.length > 0
      ? {
          allocations: state.allocations.map((a) => ({
            ...loaded.allocations?.find((p) => p.id === a.id),
            id: a.id,
            area: a.area,
            amount: number(a.amount),
            fromFiscalYear: year(a.fromYear),
            toFiscalYear: year(a.toYear),
            purpose: text(a.purpose),
          })),
        }
      : {}),
    ...(Object.keys(governance).length > 0
      ? {
          governance: {
            ...governance,
            ...(loaded.governance?.committeeReportsToBoard === undefined
              ? {}
              : { committeeReportsToBoard: loaded.governance.committeeReportsToBoard }),
          },
        }
      : {}),
    ...(state.disclosureUrl.trim() !== '' ? { disclosureUrl: state.disclosureUrl.trim() } : {}),
  };
}
