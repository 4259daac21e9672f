import type { Run } from '../model/draft';
import type { InputRef } from '../story/story-model';

/**
 * One sentence of a draft: its runs, the inputs its claim rests on, and the template frame (phrase key) it was
 * written with. Builders only ever pass sentences around, so a paragraph can say where each sentence came from.
 */
export interface Sentence {
  readonly runs: readonly Run[];
  readonly sources: readonly InputRef[];
  readonly frame?: string;
}

export const ans = (questionId: string): InputRef => `answer:${questionId}`;
export const fact = (path: string): InputRef => `fact:${path}`;
export const profile = (key: string): InputRef => `profile:${key}`;
export const result = (key: string): InputRef => `result:${key}`;
