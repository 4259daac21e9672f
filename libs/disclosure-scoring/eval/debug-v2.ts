/** Prints the v2 reading of one passage (roles, links, chains): npm exec tsx eval/debug-v2.ts <id> [--split dev|legacy] */
import { join } from 'node:path';
import { judgeDisclosure } from '../src/index';
import { CORPUS_DIR, loadJsonl, loadLegacy } from './corpus';

const id = process.argv[2] ?? '';
const split = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'legacy';
if (split === 'test') throw new Error('not on the test split');
const passages = split === 'legacy' ? loadLegacy() : loadJsonl(join(CORPUS_DIR, `${split}.jsonl`));
const p = passages.find((x) => x.id === id);
if (!p) throw new Error(`no passage ${id}`);
const r = judgeDisclosure(p.text, { companyNames: p.company ? [p.company] : [] });
console.log(
  `${p.id} label=${p.label} overall=${r.overall} names=${r.companyNames.join('|')} subst=${r.substitution.share}`,
);
for (const s of r.sentences) {
  const links = s.spans.map((x) => `${x.link}:${x.text}`).join(' ');
  const roleCues = s.roleSpans.map((x) => x.text).join('|');
  console.log(
    `#${s.index} p${s.paragraph} [${s.role}${s.intention ? ',int' : ''}] chain=${s.chain} ${links} ${roleCues ? `(${roleCues})` : ''}\n   ${p.text.slice(s.start, s.end).slice(0, 200)}`,
  );
}
for (const c of r.chains)
  console.log(
    `chain ${c.index} score=${c.score} links=${c.links.join('+')} break=${c.breaks.missing}/${c.breaks.endReason}`,
  );
