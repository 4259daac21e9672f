/**
 * The link banks (eval/link-bank/): sentences written by people who never saw the scorer, each labelled with the
 * links it states (or, for negatives, only seems to state). Prints, per link, how often the scorer credits it when
 * the writer says it is there (recall) and when the writer says it is not (false credit), and the passage-level AUC
 * of positives against negatives. `bank-a` is studied; `bank-b` is the check, run once per scorer version.
 *   npx tsx libs/disclosure-scoring/eval/link-bank.ts libs/disclosure-scoring/eval/link-bank/bank-a.jsonl [--misses LINK]
 */
import { readFileSync } from 'node:fs';
import { judgeDisclosure } from '../src/index';
import { auc } from './stats';

type BankLink = 'business' | 'asset' | 'mechanism' | 'value' | 'financial' | 'kpi' | 'allocation' | 'oversight';
interface BankItem {
  id: string;
  language: string;
  text: string;
  kind: 'positive' | 'negative';
  links: Record<BankLink, boolean>;
  note: string;
}
const KIND: Record<BankLink, string> = {
  business: 'business',
  asset: 'asset',
  mechanism: 'mechanism',
  value: 'customerValue',
  financial: 'financial',
  kpi: 'kpi',
  allocation: 'allocation',
  oversight: 'oversight',
};
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) throw new Error('usage: link-bank.ts BANK.jsonl [--misses LINK] [--false LINK]');
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
// --half odd|even keeps the items whose id ends in an odd or an even number: one half to study, the other held out.
const half = flag('--half');
const items: BankItem[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as BankItem)
  .filter((it) => !half || Number(it.id.replace(/\D/gu, '')) % 2 === (half === 'odd' ? 1 : 0));

const judged = items.map((it) => {
  const r = judgeDisclosure(it.text);
  const credited = new Set<string>(r.chains.flatMap((c) => c.links));
  const wordsOnly = new Set<string>(r.chains.flatMap((c) => c.unanchored));
  return { it, r, credited, wordsOnly };
});

console.log(`${file}: ${items.length} items (${items.filter((i) => i.kind === 'positive').length} positive)`);
console.log('link        | said there: credited / words only / n | said absent: credited / n');
for (const link of Object.keys(KIND) as BankLink[]) {
  const k = KIND[link];
  const there = judged.filter((j) => j.it.links[link]);
  const absent = judged.filter((j) => !j.it.links[link]);
  const hit = there.filter((j) => j.credited.has(k)).length;
  const words = there.filter((j) => !j.credited.has(k) && j.wordsOnly.has(k)).length;
  const fp = absent.filter((j) => j.credited.has(k)).length;
  const pct = (a: number, n: number): string => (n ? `${((100 * a) / n).toFixed(0)}%` : '—');
  console.log(
    `${link.padEnd(11)} | ${pct(hit, there.length).padStart(4)} / ${pct(words, there.length).padStart(4)} / ${String(there.length).padStart(3)} | ${pct(fp, absent.length).padStart(4)} / ${absent.length}`,
  );
}
// The rubric's `value` is "what customers get or which financial line moves"; the scorer keeps the two apart
// (customerValue, financial). This row reads the writer's `value` against either, as the rubric defines it.
{
  const there = judged.filter((j) => j.it.links.value);
  const absent = judged.filter((j) => !j.it.links.value && !j.it.links.financial);
  const either = (j: (typeof judged)[number]): boolean =>
    j.credited.has('customerValue') || j.credited.has('financial');
  const pct = (a: number, n: number): string => (n ? `${((100 * a) / n).toFixed(0)}%` : '—');
  console.log(
    `${'value|money'.padEnd(11)} | ${pct(there.filter(either).length, there.length).padStart(4)} /    — / ${String(there.length).padStart(3)} | ${pct(absent.filter(either).length, absent.length).padStart(4)} / ${absent.length}`,
  );
}
for (const lang of ['ja', 'en', 'all']) {
  const js = judged.filter((j) => lang === 'all' || j.it.language === lang);
  const pos = js.filter((j) => j.it.kind === 'positive').map((j) => j.r.overall);
  const neg = js.filter((j) => j.it.kind === 'negative').map((j) => j.r.overall);
  console.log(`${lang}: positives vs negatives AUC ${auc(pos, neg).toFixed(3)} (n ${pos.length}/${neg.length})`);
}
const show = (label: string, pick: (j: (typeof judged)[number]) => boolean): void => {
  for (const j of judged.filter(pick))
    console.log(
      `\n[${label}] ${j.it.id} ${j.r.overall} ${j.it.text}\n   note: ${j.it.note}\n   credited: ${[...j.credited].join(',')} words-only: ${[...j.wordsOnly].join(',')} roles: ${j.r.sentences.map((s) => s.role).join(',')}`,
    );
};
const misses = flag('--misses');
if (misses) show(`miss ${misses}`, (j) => j.it.links[misses as BankLink] && !j.credited.has(KIND[misses as BankLink]));
const falses = flag('--false');
if (falses) show(`false ${falses}`, (j) => !j.it.links[falses as BankLink] && j.credited.has(KIND[falses as BankLink]));
