/** Loading evaluation splits: the rated corpus (JSONL, one passage a line) or the legacy 42-passage set. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DocumentType } from '../src/v2/types-v2';

export type Label = 'strong' | 'medium' | 'weak';

export interface EvalPassage {
  readonly id: string;
  readonly language: 'ja' | 'en';
  readonly company: string;
  readonly docType: string;
  readonly text: string;
  readonly label: Label;
}

export const CORPUS_DIR = join(__dirname, 'corpus-v2');
/** The supplement collected and rated later (more strong candidates), split by its own companies and frozen the same way. */
export const CORPUS_V3_DIR = join(__dirname, 'corpus-v3');
export const CORPUS_V4_DIR = join(__dirname, 'corpus-v4');
export const CORPUS_V5_DIR = join(__dirname, 'corpus-v5');
/** Supplements collected after corpus v2, each with its own frozen test split, by the `--split` name that runs it. */
export const SUPPLEMENT_DIRS: Readonly<Record<string, string>> = {
  'test-v3': CORPUS_V3_DIR,
  'test-v4': CORPUS_V4_DIR,
  'test-v5': CORPUS_V5_DIR,
};
const DOC_TYPES: readonly string[] = ['cg_report', 'integrated_report', 'securities_report', 'ip_report', 'other'];

/** The corpus writes document types with hyphens ("cg-report"); anything else is "other". */
export function documentTypeOf(docType: string): DocumentType {
  const t = docType.replace(/-/g, '_');
  return (DOC_TYPES.includes(t) ? t : 'other') as DocumentType;
}

export const LABEL_VALUE: Record<Label, number> = { strong: 2, medium: 1, weak: 0 };

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function loadJsonl(file: string): EvalPassage[] {
  const lines = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim().length > 0);
  return lines.map((line, i) => {
    const o = JSON.parse(line) as Partial<EvalPassage> & { text?: unknown; label?: unknown };
    if (typeof o.text !== 'string' || (o.label !== 'strong' && o.label !== 'medium' && o.label !== 'weak')) {
      throw new Error(`${file}:${i + 1}: needs "text" and "label" (strong|medium|weak)`);
    }
    return {
      id: String(o.id ?? `line-${i + 1}`),
      language: o.language === 'en' ? 'en' : 'ja',
      company: String(o.company ?? ''),
      docType: String(o.docType ?? 'unknown'),
      text: o.text,
      label: o.label,
    };
  });
}

/** The first evaluation set (label 3 strong, 2 medium, 0-1 weak); development use only. */
export function loadLegacy(): EvalPassage[] {
  const data = JSON.parse(readFileSync(join(__dirname, 'passages.json'), 'utf8')) as {
    passages: { id: string; language: 'ja' | 'en'; company: string; label: number; text: string }[];
  };
  return data.passages.map((p) => ({
    id: p.id,
    language: p.language,
    company: p.company,
    docType: 'legacy',
    text: p.text,
    label: p.label >= 3 ? 'strong' : p.label === 2 ? 'medium' : 'weak',
  }));
}

/** Verifies test.jsonl against test.sha256 (first 64-hex token); returns the actual hash. */
export function verifyTestHash(file: string): { actual: string; expected: string | null; ok: boolean } {
  const actual = sha256(readFileSync(file));
  const shaFile = join(dirname(file), 'test.sha256');
  const expected = existsSync(shaFile)
    ? (/[0-9a-f]{64}/i.exec(readFileSync(shaFile, 'utf8'))?.[0]?.toLowerCase() ?? null)
    : null;
  return { actual, expected, ok: expected !== null && expected === actual };
}
