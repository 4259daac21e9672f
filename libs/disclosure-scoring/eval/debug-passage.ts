/** Prints how each sentence of one evaluation passage was classified (for investigating failure cases). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../src/lib/text/analyze';

const id = process.argv[2];
const data = JSON.parse(readFileSync(join(__dirname, 'passages.json'), 'utf8')) as {
  passages: { id: string; text: string }[];
};
const p = data.passages.find((x) => x.id === id);
if (!p) throw new Error(`no passage ${id}`);
for (const s of analyzeText(p.text)) {
  console.log(
    `[${s.kind}${s.futureOnly ? ',future' : ''}${s.concreteAction ? ',concrete' : ''}${s.quantity ? ',qty' : ''}${s.claim ? '' : ',noclaim'}] names=${s.names.join('|')} biz=${s.namedBusiness} mkt=${s.market} body=${s.specificBody}\n   ${s.text.slice(0, 160)}`,
  );
}
