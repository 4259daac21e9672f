/**
 * Matching runs on an NFKC + lower-cased copy of each sentence (full-width digits, ％, ｶﾅ become canonical),
 * while evidence offsets always point into the original string. Normalising code point by code point keeps
 * that mapping trivial; the rare compositions NFKC would do across code points do not matter for matching.
 */
export function normalizeForMatching(text: string): string {
  let out = '';
  for (const ch of text) {
    out += ch.normalize('NFKC').toLowerCase();
  }
  return out
    .replace(/[\u2010-\u2015\u2212\u30fc\uff70]/g, (m) => (m === '\u30fc' || m === '\uff70' ? 'ー' : '-'))
    .replace(/[\u3000\s]+/g, ' ');
}

/** Key used to recognise the same sentence said twice (ignores spacing, punctuation and width). */
export function dedupeKey(normalized: string): string {
  return normalized.replace(/[\s。、，,．.!！?？・「」『』()（）[\]【】"'“”‘’:：;；-]/g, '');
}
