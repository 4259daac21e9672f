import type { DraftLanguage, ValueCreationDiagram, ValueEdge, ValueNode } from '../model/draft';
import type { DraftContext } from './draft-context';
import { fiscalPeriodLabel } from './periods';
import { formatUnit } from './writer';

const KIND_PREFIX = { intangible: 'i', advantage: 'a', 'customer-value': 'c', 'financial-result': 'f' } as const;

function safeId(kind: ValueNode['kind'], key: string): string {
  return `${KIND_PREFIX[kind]}_${key.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** Mermaid label: quoted, with the characters Mermaid treats specially replaced by entity codes. */
function mermaidLabel(text: string): string {
  return `"${text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;')}"`;
}

/**
 * The value-creation story as a graph: one chain per value-chain fact (intangible → advantage → customer value
 * → financial result), intangibles shared between chains appearing once. Deterministic: facts order.
 */
export function buildValueCreationDiagram(ctx: DraftContext, lang: DraftLanguage): ValueCreationDiagram {
  const nodes: ValueNode[] = [];
  const edges: ValueEdge[] = [];
  const seen = new Set<string>();
  const add = (n: ValueNode): void => {
    if (seen.has(n.id)) return;
    seen.add(n.id);
    nodes.push(n);
  };
  for (const c of ctx.facts.valueChains ?? []) {
    const intangible = ctx.intangible(c.intangibleId);
    const segmentName = ctx.segmentName(c.segmentId, lang);
    if (!intangible || !segmentName) continue;
    const evidence = c.evidence
      ? ` (${c.evidence.label[lang]} ${formatUnit(c.evidence.value, c.evidence.unit, lang)}, ${fiscalPeriodLabel(c.evidence.fiscalYear, ctx.organization.fiscalYearEndMonth, lang)})`
      : '';
    const chain: ValueNode[] = [
      { id: safeId('intangible', intangible.id), kind: 'intangible', label: intangible.name[lang] },
      { id: safeId('advantage', c.id), kind: 'advantage', label: c.advantage[lang], segmentId: c.segmentId },
      {
        id: safeId('customer-value', c.id),
        kind: 'customer-value',
        label: c.customerValue[lang],
        segmentId: c.segmentId,
      },
      {
        id: safeId('financial-result', c.id),
        kind: 'financial-result',
        label: `${c.financialResult[lang]}${evidence}`,
        segmentId: c.segmentId,
      },
    ];
    chain.forEach(add);
    for (let i = 1; i < chain.length; i++) {
      const from = chain[i - 1];
      const to = chain[i];
      if (from && to) edges.push({ from: from.id, to: to.id });
    }
  }
  const lines = ['flowchart LR'];
  for (const n of nodes) lines.push(`  ${n.id}[${mermaidLabel(n.label)}]:::${n.kind.replace('-', '_')}`);
  for (const e of edges) lines.push(`  ${e.from} --> ${e.to}`);
  lines.push(
    '  classDef intangible fill:#e8f0fe,stroke:#1a56db',
    '  classDef advantage fill:#fef3c7,stroke:#b45309',
    '  classDef customer_value fill:#dcfce7,stroke:#15803d',
    '  classDef financial_result fill:#fce7f3,stroke:#be185d',
  );
  return { nodes, edges, mermaid: lines.join('\n') };
}
