import { getQuestion, scoreAssessment, suggestTrack } from '@ipgn/assessment';
import type { Draft, DraftInput } from '../index';
import { renderDraftText } from '../index';

/** Every number token in a text (thousands separators removed). */
export function numbersIn(text: string): string[] {
  // Circled clause markers (③) are not figures; NFKC would turn them into digits glued to the clause number.
  return (text.replace(/[\u2460-\u2473]/g, ' ').normalize('NFKC').match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, ''));
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
  for (const n of numbersIn(JSON.stringify({ a: input.answers, f: input.facts ?? {}, o: input.organization, d: input.asOf }))) add(n);
  // The meaning of a chosen option (e.g. m1.patents-held "100件以上") is part of the answer.
  for (const [id, v] of Object.entries(input.answers)) {
    const q = getQuestion(id);
    if (!q || (q.type !== 'single' && q.type !== 'multiple')) continue;
    const chosen = Array.isArray(v) ? v : [v];
    for (const o of q.options) if (chosen.includes(o.id)) for (const n of numbersIn(`${o.label.ja} ${o.label.en}`)) add(n);
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
  for (const v of [q.intangibleShare.value, q.rdIntensity.value]) if (v !== null) add(String(Math.round(v * 1000) / 10));
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
