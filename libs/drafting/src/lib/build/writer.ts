import type { LocalizedText } from '@ipgn/assessment';
import type { UnitKey } from '../model/company-facts';
import type { DraftLanguage, DraftSection, Paragraph, Run, SentenceTrace, SlotRun } from '../model/draft';
import {
  LIST_LAST_SEPARATOR,
  LIST_SEPARATOR,
  MONTH_FORMAT,
  MONTH_NAMES,
  UNIT_FORMATS,
} from '../templates/common.template';
import { BLOCK_SLOTS } from '../templates/block-slots.template';
import { BLOCK_PHRASES } from '../templates/blocks.template';
import type { DraftTemplate } from '../templates/draft-template';
import type { InputRef } from '../story/story-model';
import { renderSlot } from '../render/render-draft';
import { formatNumber, formatYen } from './money';
import { fiscalPeriodLabel, fiscalSpanLabel } from './periods';
import type { Sentence } from './sentence';

export { formatNumber } from './money';

/** A value for a placeholder: plain text, a slot, or runs already built. */
export type Fill = string | SlotRun | readonly Run[];

const PLACEHOLDER = /\{([a-zA-Z0-9]+)\}/g;

function substitute(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (_, k: string) => values[k] ?? `{${k}}`);
}

export function formatUnit(value: number, unit: UnitKey, lang: DraftLanguage): string {
  if (unit === 'million-yen') return formatYen(value, lang);
  return substitute(UNIT_FORMATS[unit][lang], { n: formatNumber(value) });
}

/** Amounts in prose: 1,500億円 / ¥150.0 billion (the facts and answers give millions of yen). */
export function formatMoney(millionYen: number, lang: DraftLanguage): string {
  return formatYen(millionYen, lang);
}

/** "2025-11" → 2025年11月 / November 2025; invalid input is returned as given. */
export function formatMonth(yyyyMm: string, lang: DraftLanguage): string {
  const m = /^(\d{4})-(\d{2})$/.exec(yyyyMm);
  if (!m) return yyyyMm;
  const month = Number(m[2]);
  return substitute(MONTH_FORMAT[lang], {
    year: m[1] ?? '',
    month: String(month),
    monthName: MONTH_NAMES[month - 1] ?? '',
  });
}

export function joinList(items: readonly string[], lang: DraftLanguage): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(LIST_SEPARATOR[lang])}${LIST_LAST_SEPARATOR[lang]}${items[items.length - 1]}`;
}

/** Phrase sources split once into literal text and placeholders (the templates are constant). */
const PARSED = new Map<string, readonly (string | { readonly name: string })[]>();

function parsed(source: string): readonly (string | { readonly name: string })[] {
  const cached = PARSED.get(source);
  if (cached) return cached;
  const parts: (string | { readonly name: string })[] = [];
  let last = 0;
  for (const m of source.matchAll(PLACEHOLDER)) {
    const index = m.index ?? 0;
    if (index > last) parts.push(source.slice(last, index));
    parts.push({ name: m[1] ?? '' });
    last = index + m[0].length;
  }
  if (last < source.length) parts.push(source.slice(last));
  PARSED.set(source, parts);
  return parts;
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
  /** How often each frame was used in this draft, so builders can vary the wording. */
  private readonly frameUses = new Map<string, number>();

  constructor(
    readonly template: DraftTemplate,
    readonly lang: DraftLanguage,
    readonly fyEndMonth: number,
  ) {}

  private readonly memory = new Map<string, string>();

  /** Stores `value` under `key` and returns what was stored before (to refer back instead of repeating). */
  remember(key: string, value: string): string | undefined {
    const before = this.memory.get(key);
    this.memory.set(key, value);
    return before;
  }

  /** Forgets what `remember` stored (a new paragraph starts afresh). */
  forget(key: string): void {
    this.memory.delete(key);
  }

  /** A fiscal year as the draft labels it (2026年3月期 / the year to March 2026). */
  fy(year: number): string {
    return fiscalPeriodLabel(year, this.fyEndMonth, this.lang);
  }

  /** An amount in millions of yen as prose writes it (1,500億円 / ¥150.0 billion). */
  money(millionYen: number): string {
    return formatYen(millionYen, this.lang);
  }

  /** A calendar year (vision, portfolio target): 2030年 / 2030. */
  year(y: number): string {
    return this.lang === 'ja' ? `${y}年` : String(y);
  }

  span(from: number, to: number): string {
    return fiscalSpanLabel(from, to, this.fyEndMonth, this.lang);
  }

  /** A sentence written with one frame of the template, resting on `sources`. */
  say(frame: string, values: Readonly<Record<string, Fill>>, sources: readonly InputRef[]): Sentence {
    return { runs: this.phrase(frame, values), sources, frame };
  }

  /**
   * The least-used of several interchangeable frames (ties: the first), so a draft that states the same kind of
   * fact several times does not repeat one sentence shape.
   */
  vary(frames: readonly string[], values: Readonly<Record<string, Fill>>, sources: readonly InputRef[]): Sentence {
    let best = frames[0] ?? '';
    for (const f of frames) if ((this.frameUses.get(f) ?? 0) < (this.frameUses.get(best) ?? 0)) best = f;
    this.frameUses.set(best, (this.frameUses.get(best) ?? 0) + 1);
    return this.say(best, values, sources);
  }

  /** A sentence that is only a slot (it claims nothing). */
  gap(key: string): Sentence {
    return { runs: [this.slot(key)], sources: [] };
  }

  /** A name used with an article in English ("the Next 2028 mid-term plan" stays, "Mid-term Plan 2028" gets "the"). */
  definite(text: LocalizedText): string {
    const t = text[this.lang];
    return this.lang === 'en' && !/^the\s/i.test(t) ? `the ${t}` : t;
  }

  /** Text in the draft's language. */
  l(text: LocalizedText): string {
    return text[this.lang];
  }

  /** A phrase of the template with its placeholders filled. */
  phrase(key: string, values: Readonly<Record<string, Fill>> = {}): Run[] {
    const text = this.template.phrases[key] ?? BLOCK_PHRASES[key];
    if (!text) throw new Error(`Unknown phrase ${this.template.type}.${key}`);
    const runs: Run[] = [];
    for (const part of parsed(text[this.lang])) {
      if (typeof part === 'string') {
        runs.push({ kind: 'text', text: part });
        continue;
      }
      const value = values[part.name];
      if (value === undefined) throw new Error(`Phrase ${this.template.type}.${key} needs a value for {${part.name}}`);
      if (typeof value === 'string') runs.push({ kind: 'text', text: value });
      else if (isSlot(value)) runs.push(value);
      else runs.push(...value);
    }
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

  /** A paragraph from sentences; empty sentences are dropped, so is an empty paragraph. Each sentence is traced. */
  para(...sentences: readonly (Sentence | null | undefined)[]): Paragraph | null {
    const parts = sentences.filter((s): s is Sentence => !!s && s.runs.length > 0);
    this.memory.clear();
    if (parts.length === 0) return null;
    const sep = this.lang === 'en' ? ' ' : '';
    const runs: Run[] = [];
    const trace: SentenceTrace[] = [];
    parts.forEach((s, i) => {
      const body = this.lang === 'en' ? capitalizeFirst(s.runs) : s.runs;
      const text = body.map((r) => (r.kind === 'text' ? r.text : renderSlot(r, this.lang))).join('');
      trace.push({ text: i > 0 ? sep + text : text, sources: s.sources, ...(s.frame ? { frame: s.frame } : {}) });
      if (i > 0 && sep) runs.push({ kind: 'text', text: sep });
      runs.push(...body);
    });
    return { runs: mergeText(runs), trace };
  }

  /** A paragraph that is only a slot. */
  slotPara(key: string): Paragraph | null {
    return this.para(this.gap(key));
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
