// Benchmark: compare two judged 100,000-character disclosures that differ throughout (the sentence diff of the
// comparison view, an organization's or an investor's), beside a plain pass over the same texts. It runs on the API's
// event loop, so it must stay short: target p95 ≤ 50 ms. Run with `npm run bench -- disclosure-compare`.
import { spawnSync } from 'node:child_process';

// The comparison imports @ipgn/* aliases: re-run this file once with the base tsconfig that holds them.
if (!process.env['TSX_TSCONFIG_PATH']) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', __filename], {
    stdio: 'inherit',
    env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.base.json' },
  });
  process.exit(r.status ?? 1);
}

const BUDGET_P95_MS = 50;

async function main(): Promise<void> {
  const { scoreDisclosure } = await import('../../libs/disclosure-scoring/src/index');
  const { compareScoredTexts } = await import('../../apps/api/src/modules/disclosures/compare-scored-texts');
  const named = '当社の電池材料事業では、正極材の焼成技術に関する特許群が車載電池向け製品の売上高を支えています。';
  const vague = '当社は知的財産を重要な経営資源と認識し、適切な管理に努めています。';
  const a = named.repeat(Math.ceil(100_000 / named.length)).slice(0, 100_000);
  const b = `${vague}${named}`.repeat(2_000).slice(0, 100_000);
  // A version with one sentence in ten changed: the diff finds it exactly.
  const c = a
    .split('。')
    .map((x, i) => (i % 10 === 0 ? x.replace('特許群', '特許と製法') : x))
    .join('。');
  const scored = (id: string, text: string, at: string) => {
    const result = scoreDisclosure(text, { documentType: 'integrated_report' });
    return {
      title: id,
      text,
      createdAt: new Date(at),
      overall: result.overall,
      result,
      summary: { id, title: id, createdAt: at } as never,
    };
  };
  const [sa, sb, sc] = [scored('a', a, '2026-12-01'), scored('b', b, '2026-12-02'), scored('c', c, '2026-12-02')];

  function time(fn: () => unknown, n: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      fn();
      out.push(performance.now() - t0);
    }
    return out.sort((x, y) => x - y);
  }
  function line(name: string, s: number[]): number {
    const p50 = s[Math.floor(s.length * 0.5)] ?? 0;
    const p95 = s[Math.floor(s.length * 0.95)] ?? 0;
    console.log(`${name.padEnd(48)} p50 ${p50.toFixed(2)} ms  p95 ${p95.toFixed(2)} ms  (n=${s.length})`);
    return p95;
  }
  let sink = 0;
  const differ = line(
    'compare: 2 × 100,000 chars differing throughout',
    time(() => (sink += compareScoredTexts(sa, sb).textDiff.length), 20),
  );
  line(
    'compare: 2 × 100,000 chars, a tenth changed',
    time(() => (sink += compareScoredTexts(sa, sc).textDiff.length), 20),
  );
  // The simplest thing over the same texts: split both at 。 and count the sentences one has and the other lacks.
  line(
    'plain: split at 。 and set difference',
    time(() => {
      const other = new Set(b.split('。'));
      sink += a.split('。').filter((x) => !other.has(x)).length;
    }, 20),
  );
  console.log(`sink ${sink > 0 ? 'ok' : 'empty'}`);
  if (differ > BUDGET_P95_MS) {
    console.log(`FAIL: compare p95 ${differ.toFixed(1)} ms vs budget ${BUDGET_P95_MS} ms`);
    process.exit(1);
  }
  console.log(`PASS: compare p95 ${differ.toFixed(1)} ms vs budget ${BUDGET_P95_MS} ms`);
}

void main();
