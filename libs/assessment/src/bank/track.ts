export const TRACKS = ['listed', 'sme'] as const;
/** `listed`: listed-company track; `sme`: SME/startup track in plain language. */
export type Track = (typeof TRACKS)[number];
