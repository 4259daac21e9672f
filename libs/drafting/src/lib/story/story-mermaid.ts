import type { DraftContext } from '../build/draft-context';
import { fiscalPeriodLabel } from '../build/periods';
import { formatUnit } from '../build/writer';
import type { BusinessStory } from './story-model';

const safe = (s: string) => s.replace(/[^A-Za-z0-9]/g, '_');
const label = (text: string) => `"${text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;')}"`;

/** The story as a Mermaid flowchart (Japanese labels): one subgraph per business, KPIs and allocations attached. */
export function storyMermaid(ctx: DraftContext, businesses: readonly BusinessStory[]): string {
  const lines = ['flowchart LR'];
  const kpis = ctx.facts.kpis ?? [];
  const allocations = ctx.facts.allocations ?? [];
  const drawnKpis = new Set<string>();
  for (const b of businesses) {
    if (b.chains.length === 0 && b.allocationIds.length === 0) continue;
    lines.push(`  subgraph s_${safe(b.segmentId)}[${label(b.name.ja)}]`);
    for (const c of b.chains) {
      const ids = c.steps.map(
        (s) =>
          `${s.kind === 'intangible' ? 'i' : s.kind.charAt(0)}_${safe(s.kind === 'intangible' ? c.intangibleId : c.id)}`,
      );
      c.steps.forEach((s, i) => lines.push(`    ${ids[i]}[${label(s.label.ja)}]`));
      for (let i = 1; i < ids.length; i++) lines.push(`    ${ids[i - 1]} --> ${ids[i]}`);
      const fin = ids[ids.length - 1];
      for (const kid of c.kpiIds) {
        const k = kpis.find((x) => x.id === kid);
        if (!k) continue;
        const actual = k.actual
          ? ` ${formatUnit(k.actual.value, k.unit, 'ja')}（${fiscalPeriodLabel(k.actual.fiscalYear, ctx.organization.fiscalYearEndMonth, 'ja')}）`
          : '';
        if (!drawnKpis.has(kid)) lines.push(`    k_${safe(kid)}[${label(`KPI: ${k.name.ja}${actual}`)}]`);
        drawnKpis.add(kid);
        lines.push(`    ${k.intangibleId ? ids[0] : fin} -.-> k_${safe(kid)}`);
      }
    }
    for (const aid of b.allocationIds) {
      const a = allocations.find((x) => x.id === aid);
      const first = b.chains[0];
      if (!a) continue;
      lines.push(`    al_${safe(aid)}[${label(`投資: ${formatUnit(a.amount, 'million-yen', 'ja')}`)}]`);
      if (first) lines.push(`    al_${safe(aid)} ==> i_${safe(first.intangibleId)}`);
    }
    lines.push('  end');
  }
  return lines.join('\n');
}
