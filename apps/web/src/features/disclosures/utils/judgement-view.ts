import {
  SENTENCE_ROLES,
  type Bilingual,
  type Chain,
  type DisclosureScore,
  type LinkKind,
  type SentenceRole,
} from '@ipgn/disclosure-scoring';

/** Results saved before v2 have no sentence roles or chains (the stored JSON is older than the type). */
export function isV2Result(result: DisclosureScore): boolean {
  const r = result as Partial<DisclosureScore>;
  return r.scorerVersion === 'v2' && Array.isArray(r.chains) && Array.isArray(r.sentences);
}

/** The rubric's v2 minor version (2026.12-v2.42 → 42), or null for another scorer. */
export function v2Minor(rubricVersion: string): number | null {
  const m = /-v2\.(\d+)$/u.exec(rubricVersion);
  return m ? Number(m[1]) : null;
}

/** What the learned reading (since v2.44) found a sentence most like: "why it wins" or "what it brings". */
export type LearnedKind = 'mechanism' | 'value';
export interface LearnedMark {
  readonly kind: LearnedKind;
  /** 0..1, as the result carries it. */
  readonly probability: number;
}

/**
 * The sentences the learned reading took, by sentence index: the one most like a mechanism and the one most like a
 * value, when the reading added points (results of older rubrics, and texts without an anchored chain, have none).
 */
export function learnedMarks(result: DisclosureScore): Map<number, LearnedMark[]> {
  const marks = new Map<number, LearnedMark[]>();
  const minor = v2Minor(result.rubricVersion);
  const learned = minor !== null && minor >= 44 ? result.learned : undefined;
  if (!learned || learned.points <= 0) return marks;
  for (const kind of ['mechanism', 'value'] as const) {
    const reading = learned[kind];
    if (reading.sentence === null) continue;
    marks.set(reading.sentence, [...(marks.get(reading.sentence) ?? []), { kind, probability: reading.probability }]);
  }
  return marks;
}

/** A non-colour signal per role (the label is always shown beside it). */
export const ROLE_ICONS: Record<SentenceRole, string> = {
  strategy: '◆',
  subject: '○',
  mechanism: '⚙',
  evidence: '▲',
  governance: '⚖',
  plan: '→',
  activity: '•',
  count: '#',
  risk: '!',
  generic: '…',
  duplicate: '≡',
};

export const ROLE_ORDER: readonly SentenceRole[] = SENTENCE_ROLES;

export const LINKS: readonly LinkKind[] = [
  'business',
  'asset',
  'mechanism',
  'customerValue',
  'financial',
  'kpi',
  'allocation',
  'oversight',
];

export interface RolePiece {
  readonly start: number;
  readonly text: string;
  readonly role: SentenceRole | null;
  readonly chain: number | null;
  /** Its strategy words name nothing specific (issue 18); false for gaps and for results saved before v2.4. */
  readonly unanchored: boolean;
  /** Why, in both languages (only for an unanchored sentence). */
  readonly reason: Bilingual | null;
}

/** A judged sentence as stored: results saved before v2.4 have no `unanchored`, those before v2 no `reason`. */
export interface StoredSentence {
  readonly start: number;
  readonly end: number;
  readonly role: SentenceRole;
  readonly chain: number | null;
  readonly unanchored?: boolean;
  readonly reason?: Bilingual;
}

/** Only a sentence the scorer marked `unanchored: true` with its reason counts as one (older results have neither). */
function unanchoredReason(s: StoredSentence): Bilingual | null {
  return s.unanchored === true && s.reason ? s.reason : null;
}

/** The text cut into sentences with their roles (and whether their words name nothing) and the plain gaps between them. */
export function rolePieces(text: string, sentences: readonly StoredSentence[]): RolePiece[] {
  const out: RolePiece[] = [];
  const gap = (start: number, end?: number): RolePiece => ({
    start,
    text: text.slice(start, end),
    role: null,
    chain: null,
    unanchored: false,
    reason: null,
  });
  let at = 0;
  for (const s of [...sentences].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    if (s.start > at) out.push(gap(at, s.start));
    const reason = unanchoredReason(s);
    out.push({
      start: s.start,
      text: text.slice(s.start, s.end),
      role: s.role,
      chain: s.chain,
      unanchored: reason !== null,
      reason,
    });
    at = s.end;
  }
  if (at < text.length) out.push(gap(at));
  return out;
}

export interface UnanchoredSentence {
  /** Where it starts in the text (a stable key). */
  readonly start: number;
  readonly text: string;
  readonly role: SentenceRole;
  readonly chain: number | null;
  readonly reason: Bilingual;
}

/** The sentences whose mechanism, value or investment words name nothing specific, in text order, with why. */
export function unanchoredSentences(text: string, sentences: readonly StoredSentence[]): UnanchoredSentence[] {
  return sentences
    .map((s) => ({ s, reason: unanchoredReason(s) }))
    .filter((x): x is { s: StoredSentence; reason: Bilingual } => x.reason !== null)
    .sort((a, b) => a.s.start - b.s.start)
    .map(({ s, reason }) => ({
      start: s.start,
      text: text.slice(s.start, s.end).trim(),
      role: s.role,
      chain: s.chain,
      reason,
    }));
}

/**
 * The unanchored sentence a run of text (e.g. a criterion's evidence) lies in, if any: the first one it overlaps,
 * with its reason. Evidence may quote such a sentence (a mechanism at level 1 from words alone); the page says so.
 */
export function unanchoredSentenceAt(
  start: number,
  end: number,
  sentences: readonly StoredSentence[],
): { readonly start: number; readonly reason: Bilingual } | null {
  for (const s of sentences) {
    const reason = unanchoredReason(s);
    if (reason && start < s.end && end > s.start) return { start: s.start, reason };
  }
  return null;
}

/**
 * The link kinds a chain has only as words about nothing named, in the chain's order and never one it also tells
 * about something named. Empty for results saved before v2.4 (no `unanchored` on the chain).
 */
export function unanchoredKinds(
  chain: Pick<Chain, 'links'> & { readonly unanchored?: readonly LinkKind[] },
): LinkKind[] {
  const loose = Array.isArray(chain.unanchored) ? chain.unanchored : [];
  return LINKS.filter((k) => loose.includes(k) && !chain.links.includes(k));
}

/** How a chain shows one link: told about something named, only as words about nothing named, or missing. */
export type LinkState = 'present' | 'loose' | 'missing';

export function linkState(
  chain: Pick<Chain, 'links'> & { readonly unanchored?: readonly LinkKind[] },
  link: LinkKind,
): LinkState {
  if (chain.links.includes(link)) return 'present';
  return unanchoredKinds(chain).includes(link) ? 'loose' : 'missing';
}
