import { getQuestion, scoreAssessment, suggestTrack } from '@ipgn/assessment';
import type { Draft, DraftInput } from '../index';
import { renderDraftText } from '../index';

/** Every number token in a text (thousands separators removed). */
export function numbersIn(text: string): string[] {
  // Circled clause markers (③) are not figures; NFKC would turn them into digits glued to the clause number.
  return (
    text
      .replace(/[\u2460-\u2473]/g, ' ')
      .normalize('NFKC')
      .match(/\d[\d,]*(?:\.\d+)?/g) ?? []
  ).map((n) => n.replace(/,/g, ''));
}

/** Signs are not part of a token, so compare magnitudes. */
function canonical(n: string): string {
  return String(Math.abs(Number(n)));
}

/**
 * Numbers a draft may contain: those in the inputs (answers, facts, organisation, asOf), the latest fiscal
 * year end, the figures the assessment's quantification derives from the inputs (intangible share, PBR, R&D
 * intensity, rounded as the drafts show them), and the clause numbers in template headings.
 */
export function allowedNumbers(input: DraftInput, headingNumbers: readonly string[] = []): Set<string> {
  const allowed = new Set<string>();
  const add = (n: string): void => void allowed.add(canonical(n));
  for (const n of numbersIn(
    JSON.stringify({ a: input.answers, f: input.facts ?? {}, o: input.organization, d: input.asOf }),
  )) {
    add(n);
    // The same figure in the units prose uses (百万円 → 億円 / 万円 / ¥ billion) and a fiscal year as the
    // calendar year it ends in (FY2025 → 2026年3月期): conversions of an input, not new numbers.
    const v = Number(n);
    add(String(Math.round((v / 100) * 100) / 100));
    add(String(Math.round(v * 100)));
    add(String(Math.round((v / 1000) * 10) / 10));
    // An SME's revenue is entered in 万円 (sme.revenueManYen): 12,000万円 → 1.2億円 / ¥120 million / ¥1.2 billion.
    add(String(Math.round((v / 10_000) * 100) / 100));
    add(String(Math.round((v / 100_000) * 10) / 10));
    if (Number.isInteger(v)) add(String(v + 1));
  }
  // A span of fiscal years is written with its length (…までの3年間).
  const f = input.facts ?? {};
  for (const span of [...(f.allocations ?? []), ...(f.midTermPlan ? [f.midTermPlan] : [])])
    add(String(Math.abs(span.toFiscalYear - span.fromFiscalYear) + 1));
  // The meaning of a chosen option (e.g. m1.patents-held "100件以上") is part of the answer.
  for (const [id, v] of Object.entries(input.answers)) {
    const q = getQuestion(id);
    if (!q || (q.type !== 'single' && q.type !== 'multiple')) continue;
    const chosen = Array.isArray(v) ? v : [v];
    for (const o of q.options)
      if (chosen.includes(o.id)) for (const n of numbersIn(`${o.label.ja} ${o.label.en}`)) add(n);
  }
  const [y, m] = input.asOf.split('-').map(Number);
  const fye = input.organization.fiscalYearEndMonth;
  if (y !== undefined && m !== undefined) add(String(m > fye ? y : y - 1));
  const result =
    input.result ??
    scoreAssessment({
      track: suggestTrack(input.organization).track,
      answers: input.answers,
      profile: { listingStatus: input.organization.listingStatus, companySize: input.organization.companySize },
    });
  const q = result.quantification;
  for (const v of [q.intangibleShare.value, q.rdIntensity.value])
    if (v !== null) add(String(Math.round(v * 1000) / 10));
  if (q.pbr.value !== null) add(String(Math.round(q.pbr.value * 100) / 100));
  for (const n of headingNumbers) add(n);
  return allowed;
}

/** Numbers in the rendered draft that do not come from the inputs. */
export function inventedNumbers(draft: Draft, input: DraftInput, headingNumbers: readonly string[] = []): string[] {
  const allowed = allowedNumbers(input, headingNumbers);
  return numbersIn(renderDraftText(draft)).filter((n) => !allowed.has(canonical(n)));
}

/** Share of paragraphs that contain at least one slot. */
export function slotParagraphShare(draft: Draft): number {
  const paras = draft.sections.flatMap((s) => s.paragraphs);
  return paras.filter((p) => p.runs.some((r) => r.kind === 'slot')).length / Math.max(1, paras.length);
}

/** Whether an input reference of a sentence trace points at something that was actually entered. */
export function resolves(ref: string, input: DraftInput): boolean {
  const [kind, path = ''] = ref.split(/:(.*)/s);
  if (kind === 'answer') {
    const v = input.answers[path];
    return v !== undefined && v !== null;
  }
  if (kind === 'profile') return (input.organization as Record<string, unknown>)[path] !== undefined;
  if (kind === 'result') return true; // derived from answers; the answers it needs are listed beside it
  if (kind !== 'fact') return false;
  let node: unknown = input.facts ?? {};
  for (const key of path.split('.')) {
    if (Array.isArray(node)) {
      node = node.find(
        (item: Record<string, unknown>) =>
          item['id'] === key || item['segmentId'] === key || item['intangibleId'] === key,
      );
    } else if (node && typeof node === 'object') {
      node = (node as Record<string, unknown>)[key];
    } else return false;
    if (node === undefined || node === null) return false;
  }
  return true;
}
