import { REVIEW_COMMENT_MAX_LENGTH, REVIEW_DECISIONS } from '../validation/answer-review';
import { readDecisionOrigin } from '../validation/decision-origin';
import { TRANSFER_REVIEWER_MAX_LENGTH, TransferDecision } from './assessment-transfer';
import { NotImportable } from './import-preview';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** One decision from a file, or why it cannot be kept. */
function readDecision(raw: unknown): TransferDecision | string {
  if (!isRecord(raw)) return 'invalid';
  const { decision, comment, reviewedBy, reviewedAt, current, decidedIn } = raw;
  if (typeof decision !== 'string' || !(REVIEW_DECISIONS as readonly string[]).includes(decision))
    return 'invalid-decision';
  if (comment !== undefined && comment !== null && typeof comment !== 'string') return 'invalid-comment';
  if (typeof comment === 'string' && comment.length > REVIEW_COMMENT_MAX_LENGTH) return 'comment-too-long';
  if (
    reviewedBy !== undefined &&
    reviewedBy !== null &&
    (typeof reviewedBy !== 'string' || reviewedBy.length > TRANSFER_REVIEWER_MAX_LENGTH)
  )
    return 'invalid-reviewer';
  if (typeof reviewedAt !== 'string' || !ISO.test(reviewedAt) || Number.isNaN(Date.parse(reviewedAt)))
    return 'invalid-date';
  if (typeof current !== 'boolean') return 'invalid';
  const origin = decidedIn === undefined || decidedIn === null ? undefined : readDecisionOrigin(decidedIn);
  if (origin === null) return 'invalid-origin';
  return {
    decision: decision as TransferDecision['decision'],
    comment: typeof comment === 'string' ? comment : '',
    reviewedBy: typeof reviewedBy === 'string' && reviewedBy.length > 0 ? reviewedBy : null,
    reviewedAt,
    current,
    ...(origin && { decidedIn: origin }),
  };
}

/**
 * The decisions section of a file, keyed by the (renamed) question ids the new round asks. Bounded: a file with more
 * entries than the round has questions keeps none of them (each is listed as not importable only up to that bound).
 */
export function readDecisions(
  raw: unknown,
  rename: (id: string) => string,
  asked: ReadonlySet<string>,
): { decisions: Record<string, TransferDecision>; notImportable: NotImportable[] } {
  const decisions: Record<string, TransferDecision> = {};
  const notImportable: NotImportable[] = [];
  if (!isRecord(raw)) return { decisions, notImportable };
  const entries = Object.entries(raw);
  if (entries.length > asked.size)
    return { decisions, notImportable: [{ part: 'decision', id: 'decisions', reason: 'too-many-entries' }] };
  for (const [from, value] of entries) {
    const to = rename(from);
    if (!asked.has(to)) {
      notImportable.push({ part: 'decision', id: from, reason: 'unknown-question' });
      continue;
    }
    const read = readDecision(value);
    if (typeof read === 'string') notImportable.push({ part: 'decision', id: from, reason: read });
    else decisions[to] = read;
  }
  return { decisions, notImportable };
}
