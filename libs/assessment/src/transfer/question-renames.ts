/**
 * Question ids renamed between bank versions: `from` (old id) became `to` in bank version `since`. Import applies
 * every rename newer than the file's version, oldest first. Empty so far: 2026.12-1 only added questions.
 */
export interface QuestionRename {
  readonly from: string;
  readonly to: string;
  readonly since: string;
}

export const QUESTION_RENAMES: readonly QuestionRename[] = [];
