import type { AnswerValue } from '@ipgn/assessment';
import type { WorkshopDepartment } from '@ipgn/contracts';
import { MIN_GROUP_SIZE } from './privacy-rules';
import { visibleDepartments } from './visible-departments';
import type { WorkshopAnswerEvent } from './workshop-answer-event';

/** One respondent's answer as it stood when the question's figures were frozen. */
export interface PublishedAnswer {
  readonly participantId: string;
  readonly department: WorkshopDepartment;
  readonly value: AnswerValue;
}

/**
 * What may be published about one question, once and for good: the answers as they stood when the question
 * was frozen (first locked with enough respondents, or the workshop closed), and which groups of them may be
 * shown. Every figure of the question (total, department cells and anything derived from them) comes from
 * exactly this, so there is only ever one view of a question to compare with itself.
 */
export interface QuestionPublication {
  readonly answers: readonly PublishedAnswer[];
  readonly totalShown: boolean;
  readonly shownDepartments: ReadonlySet<WorkshopDepartment>;
}

/** The latest answer of each participant among the events up to and including sequence number `upTo`. */
export function answersUpTo(history: readonly WorkshopAnswerEvent[], upTo: number): PublishedAnswer[] {
  const latest = new Map<string, PublishedAnswer | null>();
  for (const e of history) {
    if (e.seq > upTo) continue;
    latest.set(
      e.participantId,
      e.value === null ? null : { participantId: e.participantId, department: e.department, value: e.value },
    );
  }
  return [...latest.values()].filter((a): a is PublishedAnswer => a !== null);
}

/**
 * The publication of one frozen question (`frozenAt`: the sequence number of the last answer it includes), or
 * null while the question is not frozen.
 *
 * - The total is shown only with at least k respondents; department cells only with at least k respondents.
 * - Secondary suppression: the respondents outside the shown departments are 0 or at least k, so the total
 *   minus the shown cells never isolates fewer than k people.
 * - Frozen means frozen: answers stored later change nothing here, so no difference between two views can
 *   isolate anyone; the only other figures published are other questions' (other answers altogether).
 */
export function questionPublication(
  history: readonly WorkshopAnswerEvent[],
  frozenAt: number | undefined,
  k = MIN_GROUP_SIZE,
): QuestionPublication | null {
  if (frozenAt === undefined) return null;
  const answers = answersUpTo(history, frozenAt);
  if (answers.length < k) return { answers: [], totalShown: false, shownDepartments: new Set() };
  const counts = new Map<WorkshopDepartment, number>();
  for (const a of answers) counts.set(a.department, (counts.get(a.department) ?? 0) + 1);
  return { answers, totalShown: true, shownDepartments: visibleDepartments(counts, new Set(counts.keys()), k) };
}

/**
 * Whether a question may be frozen now: only once it has at least k respondents (freezing it earlier would
 * publish nothing yet close it for good).
 */
export function canFreeze(history: readonly WorkshopAnswerEvent[], k = MIN_GROUP_SIZE): boolean {
  return answersUpTo(history, Number.POSITIVE_INFINITY).length >= k;
}
