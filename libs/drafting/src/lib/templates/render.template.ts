import { p } from './draft-template';

/** Wording used when rendering drafts. */
export const RENDER_TEXT = {
  slot: p('【要記入：{label}】', '[To be completed: {label}]'),
  diagramHeading: p('価値創造ストーリー（図）', 'Value-creation story (diagram)'),
} as const;
