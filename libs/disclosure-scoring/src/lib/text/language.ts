import type { Language } from '../types';

const JA_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/g;
const LATIN_CHAR = /[A-Za-z\uff21-\uff3a\uff41-\uff5a]/g;

/** Japanese when Japanese script makes up a noticeable share of the letters; English text rarely contains any. */
export function detectLanguage(text: string): Language {
  const ja = text.match(JA_CHAR)?.length ?? 0;
  const latin = text.match(LATIN_CHAR)?.length ?? 0;
  if (ja === 0) return 'en';
  // A Japanese character carries roughly 3-4 Latin letters' worth of content.
  return ja * 3 >= latin * 0.5 ? 'ja' : 'en';
}
