// How the cue families are written: alternatives joined into one regular expression.
/** One regular expression matching any of `parts` (each already a pattern). */
export const re = (parts: readonly string[], flags = 'g'): RegExp => new RegExp(`(?:${parts.join('|')})`, flags);
/** Latin entries must start a word ("tire" is not in "entire", "held" not in "handheld"); Japanese has no spaces. */
export const wordStart = (parts: readonly string[]): string[] => parts.map((p) => (/^[a-z]/.test(p) ? `\\b${p}` : p));
