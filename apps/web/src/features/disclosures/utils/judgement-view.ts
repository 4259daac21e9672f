import type { DisclosureScore, LinkKind, SentenceRole } from '@ipgn/disclosure-scoring';

/** Results saved before v2 have no sentence roles or chains (the stored JSON is older than the type). */
export function isV2Result(result: DisclosureScore): boolean {
  const r = result as Partial<DisclosureScore>;
  return r.scorerVersion === 'v2' && Array.isArray(r.chains) && Array.isArray(r.sentences);
}

/** A non-colour signal per role (the label is always shown beside it). */
export const ROLE_ICONS: Record<SentenceRole, string> = {
  strategy: '◆',
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

export const ROLE_ORDER: readonly SentenceRole[] = [
  'strategy',
  'mechanism',
  'evidence',
  'governance',
  'plan',
  'activity',
  'count',
  'risk',
  'generic',
  'duplicate',
];

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
}

/** The text cut into sentences with their roles and the plain gaps between them. */
export function rolePieces(
  text: string,
  sentences: readonly { start: number; end: number; role: SentenceRole; chain: number | null }[],
): RolePiece[] {
  const out: RolePiece[] = [];
  let at = 0;
  for (const s of [...sentences].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    if (s.start > at) out.push({ start: at, text: text.slice(at, s.start), role: null, chain: null });
    out.push({ start: s.start, text: text.slice(s.start, s.end), role: s.role, chain: s.chain });
    at = s.end;
  }
  if (at < text.length) out.push({ start: at, text: text.slice(at), role: null, chain: null });
  return out;
}
