/** What a team keeps beside an answer: a comment and evidence links (http/https). */
export interface QuestionNote {
  readonly comment?: string;
  readonly evidence?: readonly string[];
}

export const NOTE_COMMENT_MAX_LENGTH = 2000;
export const NOTE_EVIDENCE_MAX_LINKS = 10;
export const NOTE_EVIDENCE_MAX_LENGTH = 2048;
