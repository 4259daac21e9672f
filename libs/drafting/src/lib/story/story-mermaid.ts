import type { LocalizedText } from '@ipgn/assessment';
import type { DraftContext } from '../build/draft-context';
import { fiscalPeriodLabel } from '../build/periods';
import { formatUnit } from '../build/writer';
import type { DraftLanguage } from '../model/draft';
import { STORY_DIAGRAM_TEXT } from '../templates/story.template';
import type { BusinessStory } from './story-model';

const safe = (s: string) => s.replace(/[^A-Za-z0-9]/g, '_');
const label = (text: string) => `"${text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;')}"`;
/** A name in the language asked for; an English name left empty falls back to the Japanese one. */
const inLanguage = (text: LocalizedText, lang: DraftLanguage): string => text[lang].trim() || text.ja;
const fill = (template: string, values: Readonly<Record<string, string>>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** The story as a Mermaid flowchart in both languages: one subgraph per business, KPIs and allocations attached. */
export function storyMermaid(ctx: DraftContext, businesses: readonly BusinessStory[]): LocalizedText {
  return { ja: storyMermaidIn(ctx, businesses, 'ja'), en: storyMermaidIn(ctx, businesses, 'en') };
}

function storyMermaidIn(ctx: DraftContext, businesses: readonly BusinessStory[], lang: DraftLanguage): string {
  const lines = ['flowchart LR'];
  const kpis = ctx.facts.kpis ?? [];
  const allocations = ctx.facts.allocations ?? [];
  const drawnKpis = new Set<string>();
  for (const b of businesses) {
    if (b.chains.length === 0 && b.allocationIds.length === 0) continue;
    lines.push(`  subgraph s_${safe(b.segmentId)}[${label(inLanguage(b.name, lang))}]`);
    for (const c of b.chains) {
      const ids = c.steps.map(
        (s) =>
          `${s.kind === 'intangible' ? 'i' : s.kind.charAt(0)}_${safe(s.kind === 'intangible' ? c.intangibleId : c.id)}`,
      );
      c.steps.forEach((s, i) => lines.push(`    ${ids[i]}[${label(inLanguage(s.label, lang))}]`));
      for (let i = 1; i < ids.length; i++) lines.push(`    ${ids[i - 1]} --> ${ids[i]}`);
      const fin = ids[ids.length - 1];
      for (const kid of c.kpiIds) {
        const k = kpis.find((x) => x.id === kid);
        if (!k) continue;
        const actual = k.actual
          ? fill(STORY_DIAGRAM_TEXT.kpiActual[lang], {
              value: formatUnit(k.actual.value, k.unit, lang),
              period: fiscalPeriodLabel(k.actual.fiscalYear, ctx.organization.fiscalYearEndMonth, lang),
            })
          : '';
        const text = fill(STORY_DIAGRAM_TEXT.kpi[lang], { name: inLanguage(k.name, lang), actual });
        if (!drawnKpis.has(kid)) lines.push(`    k_${safe(kid)}[${label(text)}]`);
        drawnKpis.add(kid);
        lines.push(`    ${k.intangibleId ? ids[0] : fin} -.-> k_${safe(kid)}`);
      }
    }
    for (const aid of b.allocationIds) {
      const a = allocations.find((x) => x.id === aid);
      const first = b.chains[0];
      if (!a) continue;
      const text = fill(STORY_DIAGRAM_TEXT.allocation[lang], { amount: formatUnit(a.amount, 'million-yen', lang) });
      lines.push(`    al_${safe(aid)}[${label(text)}]`);
      if (first) lines.push(`    al_${safe(aid)} ==> i_${safe(first.intangibleId)}`);
    }
    lines.push('  end');
  }
  return lines.join('\n');
}
