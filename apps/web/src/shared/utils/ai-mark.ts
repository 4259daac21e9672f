/**
 * The decorative mark beside "AI-generated" / "LLM's opinion" wording (aria-hidden, never the only signal). A text
 * star (U+2726) that ordinary system fonts carry: the emoji ✨ showed as an empty box where no emoji font is
 * installed (Chromium on a plain Linux desktop).
 */
export const AI_MARK = '✦';
