import { DisclosureInputError } from '../lib/errors';
import { scoreDisclosure } from '../lib/score-disclosure';
import type { DisclosureScore, Language } from '../lib/types';

/** Text extraction is injected so that this module stays free of file-format libraries. */
export type ExtractFn = (data: Uint8Array) => Promise<{ text: string }>;

export interface CliIo {
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly extract: ExtractFn;
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

export const USAGE = `Usage: npm run score-disclosure -- <file.txt|file.docx|file.pdf> [--lang ja|en] [--json]

Scores an IP / intangibles disclosure text (0-100, grade, 〇/△/✕ class, 13 criteria with evidence).
  --lang ja|en   force the language (detected automatically otherwise)
  --json         print exactly one JSON object instead of the readable report`;

interface ParsedArgs {
  readonly file?: string;
  readonly language?: Language;
  readonly json: boolean;
  readonly help: boolean;
  readonly error?: string;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let file: string | undefined;
  let language: Language | undefined;
  let json = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') help = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'ja' && v !== 'en') return { json, help, error: `--lang must be "ja" or "en" (got ${v ?? 'nothing'})` };
      language = v;
    } else if (a.startsWith('-') && a !== '-') return { json, help, error: `Unknown option: ${a}` };
    else if (file === undefined) file = a;
    else return { json, help, error: `Only one file can be scored at a time (extra argument: ${a})` };
  }
  return { file, language, json, help };
}

/** The shape promised by the issue for --json (extra fields are allowed by the contract). */
export function toCliJson(r: DisclosureScore): Record<string, unknown> {
  return {
    overall: r.overall,
    grade: r.grade,
    class: r.class,
    language: r.language,
    rubricVersion: r.rubricVersion,
    criteria: r.criteria.map((c) => ({
      id: c.id,
      key: c.key,
      name: c.name,
      score: c.score,
      evidence: c.evidence,
      missing: c.missing ?? '',
    })),
    suggestions: r.suggestions.map((s) => ({ criterionId: s.criterionId, vcgHeading: s.vcgHeading.name, text: s.text })),
    boilerplate: { genericShare: r.boilerplate.genericShare, factor: r.boilerplate.factor },
  };
}

function snippet(s: string, max = 70): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export function formatReport(r: DisclosureScore): string {
  const ja = r.language === 'ja';
  const L = (j: string, e: string): string => (ja ? j : e);
  const lines: string[] = [];
  lines.push(L('知財・無形資産開示スコア', 'IP / intangibles disclosure score'));
  lines.push(`  ${L('総合', 'Overall')}: ${r.overall}/100  ${L('評価', 'Grade')}: ${r.grade}  ${L('区分', 'Class')}: ${r.class}  (${r.classReason[r.language]})`);
  lines.push(`  ${L('言語', 'Language')}: ${r.language}  ${L('一般論の割合', 'Generic share')}: ${Math.round(r.boilerplate.genericShare * 100)}%  ${L('ルーブリック', 'Rubric')}: ${r.rubricVersion}`);
  lines.push('');
  for (const c of r.criteria) {
    const bar = '■'.repeat(c.score) + '□'.repeat(3 - c.score);
    lines.push(`${c.id.padEnd(4)} ${bar} ${c.score}/3  ${c.name[r.language]} — ${c.level[r.language]}`);
    for (const e of c.evidence.slice(0, 2)) lines.push(`       ${L('根拠', 'evidence')} [${e.start}-${e.end}] ${snippet(e.text)}`);
    if (c.missing) lines.push(`       ${L('不足', 'missing')}: ${c.missing}`);
  }
  if (r.suggestions.length > 0) {
    lines.push('');
    lines.push(L('改善提案（価値協創ガイダンス2.0の見出し別）', 'Suggestions (by Value Co-creation Guidance 2.0 heading)'));
    for (const s of r.suggestions) lines.push(`  [${s.vcgHeading.number}. ${s.vcgHeading.name[r.language]}] ${s.criterionId}: ${s.text[r.language]}`);
  }
  lines.push('');
  lines.push(L('※ ルールに基づく自動評価であり、公式な評価ではありません。', 'Note: heuristic, rule-based assessment; not an official rating.'));
  return lines.join('\n');
}

/** Runs the CLI and returns the process exit code (0 ok, 1 bad input, 2 usage). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (args.error || !args.file) {
    io.stderr(`error: ${args.error ?? 'no file given'}\n\n${USAGE}\n`);
    return 2;
  }
  let data: Uint8Array;
  try {
    data = await io.readFile(args.file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    io.stderr(`error: cannot read ${args.file}${code === 'ENOENT' ? ': file not found' : code === 'EISDIR' ? ': is a directory' : ''}\n`);
    return 1;
  }
  let text: string;
  try {
    text = (await io.extract(data)).text;
  } catch (e) {
    io.stderr(`error: ${args.file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  try {
    const result = scoreDisclosure(text, args.language ? { language: args.language } : {});
    io.stdout(args.json ? `${JSON.stringify(toCliJson(result))}\n` : `${formatReport(result)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof DisclosureInputError) {
      io.stderr(`error: ${args.file}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
