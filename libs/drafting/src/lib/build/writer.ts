import type { LocalizedText } from '@ipgn/assessment';
import type { UnitKey } from '../model/company-facts';
import type { DraftLanguage, DraftSection, Paragraph, Run, SlotRun } from '../model/draft';
import {
  FISCAL_YEAR_FORMAT,
  LIST_LAST_SEPARATOR,
  LIST_SEPARATOR,
  MONTH_FORMAT,
  MONTH_NAMES,
  UNIT_FORMATS,
} from '../templates/common.template';
import { BLOCK_PHRASES, BLOCK_SLOTS } from '../templates/blocks.template';
import type { DraftTemplate } from '../templates/draft-template';

/** A value for a placeholder: plain text, a slot, or runs already built. */
export type Fill = string | SlotRun | readonly Run[];

const PLACEHOLDER = /\{([a-zA-Z0-9]+)\}/g;

/** Integer or decimal with thousands separators, locale-independent (deterministic). */
export function formatNumber(n: number): string {
  const negative = n < 0;
  const [int = '0', frac] = Math.abs(n).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

function substitute(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (_, k: string) => values[k] ?? `{${k}}`);
}

export function formatUnit(value: number, unit: UnitKey, lang: DraftLanguage): string {
  return substitute(UNIT_FORMATS[unit][lang], { n: formatNumber(value) });
}

export function formatMoney(millionYen: number, lang: DraftLanguage): string {
  return formatUnit(millionYen, 'million-yen', lang);
}

export function formatFiscalYear(fy: number, lang: DraftLanguage): string {
  return substitute(FISCAL_YEAR_FORMAT[lang], { fy: String(fy) });
}

/** "2025-11" → 2025年11月 / November 2025; invalid input is returned as given. */
export function formatMonth(yyyyMm: string, lang: DraftLanguage): string {
  const m = /^(\d{4})-(\d{2})$/.exec(yyyyMm);
  if (!m) return yyyyMm;
  const month = Number(m[2]);
  return substitute(MONTH_FORMAT[lang], { year: m[1] ?? '', month: String(month), monthName: MONTH_NAMES[month - 1] ?? '' });
}

export function joinList(items: readonly string[], lang: DraftLanguage): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(LIST_SEPARATOR[lang])}${LIST_LAST_SEPARATOR[lang]}${items[items.length - 1]}`;
}

function mergeText(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (r.kind === 'text' && r.text.length === 0) continue;
    if (r.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + r.text };
    else out.push(r);
  }
  return out;
}

/** Writes one draft from its template in one language. */
export class DraftWriter {
  constructor(
    readonly template: DraftTemplate,
    readonly lang: DraftLanguage,
  ) {}

  /** Text in the draft's language. */
  l(text: LocalizedText): string {
    return text[this.lang];
  }

  /** A phrase of the template with its placeholders filled. */
  phrase(key: string, values: Readonly<Record<string, Fill>> = {}): Run[] {
    const text = this.template.phrases[key] ?? BLOCK_PHRASES[key];
    if (!text) throw new Error(`Unknown phrase ${this.template.type}.${key}`);
    const source = text[this.lang];
    const runs: Run[] = [];
    let last = 0;
    for (const m of source.matchAll(PLACEHOLDER)) {
      const index = m.index ?? 0;
      runs.push({ kind: 'text', text: source.slice(last, index) });
      const name = m[1] ?? '';
      const value = values[name];
      if (value === undefined) throw new Error(`Phrase ${this.template.type}.${key} needs a value for {${name}}`);
      if (typeof value === 'string') runs.push({ kind: 'text', text: value });
      else if (isSlot(value)) runs.push(value);
      else runs.push(...value);
      last = index + m[0].length;
    }
    runs.push({ kind: 'text', text: source.slice(last) });
    return mergeText(runs);
  }

  /** A slot of the template. */
  slot(key: string): SlotRun {
    const own = this.template.slots[key];
    const spec = own ?? BLOCK_SLOTS[key];
    if (!spec) throw new Error(`Unknown slot ${this.template.type}.${key}`);
    return {
      kind: 'slot',
      // Shared slots keep one id across draft types, so a missing input is listed once.
      slotId: own ? `${this.template.type}.${key}` : `common.${key}`,
      ...(spec.questionId ? { questionId: spec.questionId } : {}),
      ...(spec.factKey ? { factKey: spec.factKey } : {}),
      label: spec.label,
    };
  }

  /** A paragraph from sentences (each a run list); empty sentences are dropped, so is an empty paragraph. */
  para(...sentences: readonly (readonly Run[] | null | undefined)[]): Paragraph | null {
    const parts = sentences.filter((s): s is readonly Run[] => !!s && s.length > 0);
    if (parts.length === 0) return null;
    const sep: Run = { kind: 'text', text: this.lang === 'en' ? ' ' : '' };
    const runs: Run[] = [];
    parts.forEach((s, i) => {
      if (i > 0) runs.push(sep);
      runs.push(...(this.lang === 'en' ? capitalizeFirst(s) : s));
    });
    return { runs: mergeText(runs) };
  }

  /** A paragraph that is only a slot. */
  slotPara(key: string): Paragraph {
    return { runs: [this.slot(key)] };
  }

  section(id: string, paragraphs: readonly (Paragraph | null)[]): DraftSection {
    const heading = this.template.sections[id];
    if (!heading) throw new Error(`Unknown section ${this.template.type}.${id}`);
    return { id, heading: heading[this.lang], paragraphs: paragraphs.filter((x): x is Paragraph => x !== null) };
  }
}

/** English sentences start with a capital even when they open with a fact such as "licence income". */
function capitalizeFirst(sentence: readonly Run[]): readonly Run[] {
  const first = sentence[0];
  if (!first || first.kind !== 'text' || first.text.length === 0) return sentence;
  return [{ kind: 'text', text: first.text.charAt(0).toUpperCase() + first.text.slice(1) }, ...sentence.slice(1)];
}

function isSlot(v: SlotRun | readonly Run[]): v is SlotRun {
  return !Array.isArray(v) && (v as SlotRun).kind === 'slot';
}
