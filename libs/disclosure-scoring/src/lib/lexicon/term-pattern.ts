// How the term lists are written: alternatives joined into one regular expression.
/** One regular expression matching any of `parts` (each already a pattern). */
export const re = (parts: readonly string[], flags = ''): RegExp => new RegExp(`(?:${parts.join('|')})`, flags);
