import type { CompanyFacts, SmeFacts, SmeText } from '@ipgn/drafting';

/** The SME facts form as typed: Japanese text, optional English, numbers as typed. */
export interface SmeFactsFormState {
  products: { ja: string; en: string };
  customers: { ja: string; en: string };
  ownerTitle: { ja: string; en: string };
  nextSteps: { ja: string; en: string };
  contact: { ja: string; en: string };
  employees: string;
  revenueManYen: string;
}

export const SME_TEXT_FIELDS = ['products', 'customers', 'ownerTitle', 'nextSteps', 'contact'] as const;
export type SmeTextField = (typeof SME_TEXT_FIELDS)[number];

const pair = (t: SmeText | undefined) => ({ ja: t?.ja ?? '', en: t?.en ?? '' });
const num = (n: number | undefined) => (n === undefined ? '' : String(n));

export function smeFactsFormState(facts: CompanyFacts): SmeFactsFormState {
  const s = facts.sme ?? {};
  return {
    products: pair(s.products),
    customers: pair(s.customers),
    ownerTitle: pair(s.ownerTitle),
    nextSteps: pair(s.nextSteps),
    contact: pair(s.contact),
    employees: num(s.employees),
    revenueManYen: num(s.revenueManYen),
  };
}

/**
 * The facts to save: the SME part from the form, every other fact as loaded. An empty field is left out (every
 * SME fact is optional); English alone is kept so the shared schema can say that Japanese is needed; a number
 * that cannot be read goes as NaN, which the schema names beside its field.
 */
export function smeFormStateToFacts(state: SmeFactsFormState, loaded: CompanyFacts): CompanyFacts {
  const sme: Record<string, unknown> = {};
  for (const key of SME_TEXT_FIELDS) {
    const ja = state[key].ja.trim();
    const en = state[key].en.trim();
    if (ja !== '' || en !== '') sme[key] = { ja, ...(en !== '' ? { en } : {}) };
  }
  // Thousands separators are how people write 12,000 万円.
  const number = (s: string) => Number(s.trim().replace(/[,，]/g, '').normalize('NFKC'));
  if (state.employees.trim() !== '') sme['employees'] = number(state.employees);
  if (state.revenueManYen.trim() !== '') sme['revenueManYen'] = number(state.revenueManYen);
  const { sme: _previous, ...rest } = loaded;
  return Object.keys(sme).length > 0 ? { ...rest, sme: sme as SmeFacts } : rest;
}
