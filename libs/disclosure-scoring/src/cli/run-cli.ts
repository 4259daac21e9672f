import { DisclosureInputError } from '../lib/errors';
import { scoreDisclosure as scoreDisclosureV1 } from '../lib/score-disclosure';
import type { DisclosureScore, Language } from '../lib/types';
import { END_OF_TEXT } from '../v2/build-chains';
import { DOCUMENT_TYPES, judgeDisclosure } from '../v2/judge-disclosure';
import type { DisclosureJudgement, DocumentType, LinkKind } from '../v2/types-v2';

/** Text extraction is injected so that this module stays free of file-format libraries. */
export type ExtractFn = (data: Uint8Array) => Promise<{ text: string }>;

export interface CliIo {
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly extract: ExtractFn;
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

export const USAGE = `Usage: npm run score-disclosure -- <file.txt|file.docx|file.pdf> [--lang ja|en] [--company NAME]... [--doc-type TYPE] [--json] [--v1]

Judges how an IP / intangibles disclosure links named businesses and assets to a mechanism of advantage, to
customer value and financial outcomes, indicators, allocation and oversight (0-100, calibrated grade, sentence
roles, chains and where they break). Not an official rating.
  --lang ja|en      force the language (detected automatically otherwise)
  --company NAME    the company's own name (repeatable); it never counts as specific content
  --doc-type TYPE   cg_report | integrated_report | securities_report | ip_report | other
                    (only cg_report gets JPX400's 〇/△/✕ floor check)
  --json            print exactly one JSON object instead of the readable report
  --v1              use the previous scorer (concreteness rules), kept as a baseline`;

interface ParsedArgs {
  readonly file?: string;
  readonly language?: Language;
  readonly companyNames?: readonly string[];
  readonly documentType?: DocumentType;
  readonly v1?: boolean;
  readonly json: boolean;
  readonly help: boolean;
  readonly error?: string;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let file: string | undefined;
  let language: Language | undefined;
  let documentType: DocumentType | undefined;
  const companyNames: string[] = [];
  let json = false;
  let help = false;
  let v1 = false;
  const value = (a: string, i: number): [string | undefined, number] =>
    a.includes('=') ? [a.slice(a.indexOf('=') + 1), i] : [argv[i + 1], i + 1];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') help = true;
    else if (a === '--v1') v1 = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const [v, j] = value(a, i);
      i = j;
      if (v !== 'ja' && v !== 'en') return { json, help, error: `--lang must be "ja" or "en" (got ${v ?? 'nothing'})` };
      language = v;
    } else if (a === '--company' || a.startsWith('--company=')) {
      const [v, j] = value(a, i);
      i = j;
      if (!v || v.trim().length === 0) return { json, help, error: '--company needs a name' };
      companyNames.push(v.trim());
    } else if (a === '--doc-type' || a.startsWith('--doc-type=')) {
      const [v, j] = value(a, i);
      i = j;
      if (!DOCUMENT_TYPES.includes(v as DocumentType)) {
        return { json, help, error: `--doc-type must be one of ${DOCUMENT_TYPES.join(', ')} (got ${v ?? 'nothing'})` };
      }
      documentType = v as DocumentType;
    } else if (a.startsWith('-') && a !== '-') return { json, help, error: `Unknown option: ${a}` };
    else if (file === undefined) file = a;
    else return { json, help, error: `Only one file can be scored at a time (extra argument: ${a})` };
  }
  return {
    file,
    language,
    json,
    help,
    ...(companyNames.length > 0 ? { companyNames } : {}),
    ...(documentType ? { documentType } : {}),
    ...(v1 ? { v1 } : {}),
  };
}

/** The documented shape (overall, grade, class, language, criteria[]) plus the v2 reading. */
export function toCliJsonV2(r: DisclosureJudgement): Record<string, unknown> {
  return {
    overall: r.overall,
    grade: r.grade,
    class: r.class,
    language: r.language,
    rubricVersion: r.rubricVersion,
    scorerVersion: r.scorerVersion,
    documentType: r.documentType,
    criteria: r.criteria.map((c) => ({
      id: c.id,
      key: c.key,
      name: c.name,
      score: c.score,
      evidence: c.evidence,
      missing: c.missing ?? '',
    })),
    cgFloorCheck: r.cgFloorCheck,
    calibration: r.calibration,
    sentences: r.sentences.map((s) => ({
      index: s.index,
      start: s.start,
      end: s.end,
      role: s.role,
      intention: s.intention,
      unanchored: s.unanchored,
      chain: s.chain,
      spans: s.spans,
    })),
    chains: r.chains.map((c) => ({
      index: c.index,
      sentences: c.sentences,
      links: c.links,
      unanchored: c.unanchored,
      score: c.score,
      topics: c.topics,
      breaks: c.breaks,
    })),
    substitution: r.substitution,
    companyNames: r.companyNames,
    suggestions: r.suggestions.map((s) => ({
      criterionId: s.criterionId,
      vcgHeading: s.vcgHeading.name,
      text: s.text,
    })),
  };
}

/** The v1 shape (kept for --v1). */
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
    suggestions: r.suggestions.map((s) => ({
      criterionId: s.criterionId,
      vcgHeading: s.vcgHeading.name,
      text: s.text,
    })),
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
  lines.push(
    `  ${L('総合', 'Overall')}: ${r.overall}/100  ${L('評価', 'Grade')}: ${r.grade}  ${L('区分', 'Class')}: ${r.class}  (${r.classReason[r.language]})`,
  );
  lines.push(
    `  ${L('言語', 'Language')}: ${r.language}  ${L('一般論の割合', 'Generic share')}: ${Math.round(r.boilerplate.genericShare * 100)}%  ${L('ルーブリック', 'Rubric')}: ${r.rubricVersion}`,
  );
  lines.push('');
  for (const c of r.criteria) {
    const bar = '■'.repeat(c.score) + '□'.repeat(3 - c.score);
    lines.push(`${c.id.padEnd(4)} ${bar} ${c.score}/3  ${c.name[r.language]} — ${c.level[r.language]}`);
    for (const e of c.evidence.slice(0, 2))
      lines.push(`       ${L('根拠', 'evidence')} [${e.start}-${e.end}] ${snippet(e.text)}`);
    if (c.missing) lines.push(`       ${L('不足', 'missing')}: ${c.missing}`);
  }
  if (r.suggestions.length > 0) {
    lines.push('');
    lines.push(
      L('改善提案（価値協創ガイダンス2.0の見出し別）', 'Suggestions (by Value Co-creation Guidance 2.0 heading)'),
    );
    for (const s of r.suggestions)
      lines.push(
        `  [${s.vcgHeading.number}. ${s.vcgHeading.name[r.language]}] ${s.criterionId}: ${s.text[r.language]}`,
      );
  }
  lines.push('');
  lines.push(
    L(
      '※ ルールに基づく自動評価であり、公式な評価ではありません。',
      'Note: heuristic, rule-based assessment; not an official rating.',
    ),
  );
  return lines.join('\n');
}

const ROLE_LABEL: Record<string, [string, string]> = {
  strategy: ['戦略', 'strategy'],
  subject: ['対象の紹介', 'names a subject'],
  mechanism: ['仕組み', 'mechanism'],
  evidence: ['根拠', 'evidence'],
  governance: ['監督', 'oversight'],
  plan: ['計画', 'plan'],
  activity: ['活動報告', 'activity'],
  count: ['件数・順位', 'count/ranking'],
  risk: ['リスク定型', 'risk boilerplate'],
  generic: ['一般論', 'generic'],
  duplicate: ['重複', 'duplicate'],
};

/** The links as the web app names them (one vocabulary in every place a user reads a judgement). */
const LINK_LABEL: Record<LinkKind, [string, string]> = {
  business: ['特定の事業・製品', 'named business or product'],
  asset: ['特定の無形資産', 'named intangible asset'],
  mechanism: ['優位の仕組み', 'mechanism'],
  customerValue: ['顧客価値', 'customer value'],
  financial: ['財務成果', 'financial outcome'],
  kpi: ['指標', 'indicator'],
  allocation: ['資源配分', 'allocation'],
  oversight: ['監督', 'oversight'],
};

/**
 * Where a chain ends: a break when something else follows, or — when it runs to the end of the text — the link it
 * lacks (it does not "break" there), as the web app says it.
 */
function chainEndLine(c: DisclosureJudgement['chains'][number], language: Language): string {
  const ja = language === 'ja';
  const text = c.breaks.text[language];
  if (c.breaks.endReason !== 'end-of-text') return `${ja ? '途切れる所' : 'where it breaks'}: ${text}`;
  if (c.breaks.missing === null)
    return ja
      ? '足りない環はありません（文章の終わりまで続いています）。'
      : 'No link is missing (it runs to the end of the text).';
  const ending = END_OF_TEXT[language];
  const missing = text.endsWith(ending) ? text.slice(0, -ending.length).trim() : text;
  return `${ja ? '足りない環' : 'missing link'}: ${missing}`;
}

export function formatReportV2(r: DisclosureJudgement, text: string): string {
  const ja = r.language === 'ja';
  const L = (j: string, e: string): string => (ja ? j : e);
  const lines: string[] = [];
  lines.push(L('知財・無形資産開示の判定（つながりの評価 v2）', 'IP / intangibles disclosure judgement (linkage, v2)'));
  lines.push(
    `  ${L('総合', 'Overall')}: ${r.overall}/100  ${L('評価', 'Grade')}: ${r.grade}  ${L('言語', 'Language')}: ${r.language}`,
  );
  lines.push(`  ${L('意味', 'Meaning')}: ${r.calibration.meaning[r.language]}`);
  if (r.cgFloorCheck)
    lines.push(`  ${r.cgFloorCheck.class} ${r.cgFloorCheck.label[r.language]} — ${r.cgFloorCheck.reason[r.language]}`);
  lines.push('');
  lines.push(L('文の役割', 'Sentence roles'));
  for (const s of r.sentences) {
    const [lj, le] = ROLE_LABEL[s.role] ?? [s.role, s.role];
    lines.push(
      `  [${L(lj, le)}]${s.chain !== null ? ` (${L('連鎖', 'chain')} ${s.chain + 1})` : ''}${s.unanchored ? ` ${L('〔事業・製品・資産の特定なし〕', '[no business, product or asset named]')}` : ''} ${snippet(text.slice(s.start, s.end))}`,
    );
  }
  lines.push('');
  lines.push(L('つながり（連鎖）', 'Chains'));
  if (r.chains.length === 0)
    lines.push(
      L(
        '  事業・資産から成果へのつながりは見つかりませんでした。',
        '  No chain from a business or asset to an outcome was found.',
      ),
    );
  for (const c of r.chains) {
    const label = (k: LinkKind): string => L(...LINK_LABEL[k]);
    const links =
      c.links.length > 0
        ? c.links.map(label).join(' → ')
        : L('（特定の対象に結び付いたつながりなし）', '(no link tied to anything named)');
    lines.push(`  ${c.index + 1}. ${c.score}/100  ${links}`);
    if (c.unanchored.length > 0)
      lines.push(
        `     ${L('対象の特定がない言葉', 'words about nothing named')}: ${c.unanchored.map(label).join(L('、', ', '))}`,
      );
    lines.push(`     ${chainEndLine(c, r.language)}`);
  }
  lines.push('');
  lines.push(`${L('代替記述', 'Substitution')}: ${r.substitution.summary[r.language]}`);
  lines.push('');
  for (const c of r.criteria) {
    const bar = '■'.repeat(c.score) + '□'.repeat(3 - c.score);
    lines.push(`${c.id.padEnd(3)} ${bar} ${c.score}/3  ${c.name[r.language]} — ${c.level[r.language]}`);
    if (c.missing) lines.push(`       ${L('不足', 'missing')}: ${c.missing}`);
  }
  lines.push('');
  lines.push(
    L(
      '※ ルールに基づく自動判定であり、公式な評価ではありません。生成された下書きの得点は品質の証拠になりません。',
      "Note: rule-based judgement, not an official rating. A generated draft's score is not evidence of its quality.",
    ),
  );
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
    io.stderr(
      `error: cannot read ${args.file}${code === 'ENOENT' ? ': file not found' : code === 'EISDIR' ? ': is a directory' : ''}\n`,
    );
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
    if (args.v1) {
      const result = scoreDisclosureV1(text, args.language ? { language: args.language } : {});
      io.stdout(args.json ? `${JSON.stringify(toCliJson(result))}\n` : `${formatReport(result)}\n`);
      return 0;
    }
    const judged = judgeDisclosure(text, {
      ...(args.language ? { language: args.language } : {}),
      ...(args.companyNames ? { companyNames: args.companyNames } : {}),
      ...(args.documentType ? { documentType: args.documentType } : {}),
    });
    io.stdout(args.json ? `${JSON.stringify(toCliJsonV2(judged))}\n` : `${formatReportV2(judged, text)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof DisclosureInputError) {
      io.stderr(`error: ${args.file}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
