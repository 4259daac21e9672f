import { AGENDA_ITEMS, AGENDA_THEME_LABELS } from '../taxonomy/ip-program-agenda';
import { GGL_ACTIONS } from '../taxonomy/ggl-actions';
import { getBank } from './question-bank';
import { Question } from './question';

function ids(questions: readonly Question[]): string {
  return questions.length === 0 ? '—' : questions.map((q) => `\`${q.id}\``).join(', ');
}

function tracksOf(questions: readonly Question[]): string {
  const listed = questions.filter((q) => q.tracks.includes('listed')).length;
  const sme = questions.filter((q) => q.tracks.includes('sme')).length;
  return `${listed} / ${sme}`;
}

/**
 * Markdown tables from the bank's tags: the IP Strategic Program 2026 agenda items (REFERENCE §12) and the
 * guideline's seven actions, each to the question ids that ask about it. docs/assessment.md embeds the output
 * and a test keeps it equal to the bank.
 */
export function coverageTable(version?: string): string {
  const bank = getBank(version);
  if (!bank) throw new Error(`unknown bank version ${String(version)}`);
  const lines: string[] = [
    `Bank ${bank.version}. Generated from the question tags by \`coverageTable()\`; the spec \`coverage-table.spec.ts\` fails when this table is stale (run it with \`UPDATE_COVERAGE=1\` to rewrite it).`,
    '',
    '| Agenda item (IP Strategic Program 2026, REFERENCE §12) | Theme | Questions | Listed / SME |',
    '|---|---|---|---|',
  ];
  for (const item of AGENDA_ITEMS) {
    const qs = bank.questions.filter((q) => (q.tags.agenda ?? []).includes(item.id));
    lines.push(
      `| ${item.label.en} (${item.label.ja}) | ${AGENDA_THEME_LABELS[item.theme].en} | ${ids(qs)} | ${tracksOf(qs)} |`,
    );
  }
  lines.push('', '| GGL action | Questions | Listed / SME |', '|---|---|---|');
  for (const action of GGL_ACTIONS) {
    const qs = bank.questions.filter((q) => q.tags.gglActions.includes(action.id));
    lines.push(`| ${action.id}. ${action.label.en} | ${ids(qs)} | ${tracksOf(qs)} |`);
  }
  return lines.join('\n');
}
