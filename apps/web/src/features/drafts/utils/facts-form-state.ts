import type {
  AllocationArea,
  CommitteeFrequency,
  CompanyFacts,
  IntangibleKind,
  KpiKind,
  UnitKey,
} from '@ipgn/drafting';

/** Text in both languages as typed. */
export interface TextPair {
  ja: string;
  en: string;
}

/** The editable part of CompanyFacts as form values (numbers as typed); other facts are kept as they are. */
export interface FactsFormState {
  segments: { id: string; name: TextPair; products: TextPair }[];
  intangibles: { id: string; kind: IntangibleKind; name: TextPair; segmentIds: string[] }[];
  kpis: {
    id: string;
    name: TextPair;
    kind: KpiKind;
    unit: UnitKey;
    targetValue: string;
    targetYear: string;
    actualValue: string;
    actualYear: string;
  }[];
  allocations: {
    id: string;
    area: AllocationArea;
    amount: string;
    fromYear: string;
    toYear: string;
    purpose: TextPair;
  }[];
  governance: {
    ipOwner: TextPair;
    committeeName: TextPair;
    chair: TextPair;
    frequency: CommitteeFrequency | '';
    boardTopics: TextPair[];
  };
  disclosureUrl: string;
}

const pair = (t: { ja: string; en: string } | undefined): TextPair => ({ ja: t?.ja ?? '', en: t?.en ?? '' });
const num = (n: number | undefined): string => (n === undefined ? '' : String(n));

export function factsFormState(facts: CompanyFacts): FactsFormState {
  const committee = facts.governance?.committee;
  return {
    segments: (facts.segments ?? []).map((s) => ({ id: s.id, name: pair(s.name), products: pair(s.products) })),
    intangibles: (facts.intangibles ?? []).map((i) => ({
      id: i.id,
      kind: i.kind,
      name: pair(i.name),
      segmentIds: [...i.segmentIds],
    })),
    kpis: (facts.kpis ?? []).map((k) => ({
      id: k.id,
      name: pair(k.name),
      kind: k.kind,
      unit: k.unit,
      targetValue: num(k.target?.value),
      targetYear: num(k.target?.fiscalYear),
      actualValue: num(k.actual?.value),
      actualYear: num(k.actual?.fiscalYear),
    })),
    allocations: (facts.allocations ?? []).map((a) => ({
      id: a.id,
      area: a.area,
      amount: num(a.amount),
      fromYear: num(a.fromFiscalYear),
      toYear: num(a.toFiscalYear),
      purpose: pair(a.purpose),
    })),
    governance: {
      ipOwner: pair(facts.governance?.ipOwner),
      committeeName: pair(committee?.name),
      chair: pair(committee?.chair),
      frequency: committee?.frequency ?? '',
      boardTopics: (facts.governance?.boardTopics ?? []).map(pair),
    },
    disclosureUrl: facts.disclosureUrl ?? '',
  };
}
