// Benchmark: the shared export renderers (apps/api/src/common/export) on hostile and large documents, against a
// baseline of a one-paragraph PDF. Targets: a 20,000-character unbroken token well under 1 s (issue 16 #3: it took
// 6.9 s before tokens were cut to the line width); a document at the 200,000-character cap inside the 20 s worker
// time cap. Run with `npm run bench -- export-render`.
import { renderDocx } from '../../apps/api/src/common/export/render-docx';
import { renderPdf } from '../../apps/api/src/common/export/render-pdf';
import type { Report } from '../../apps/api/src/common/export/report-model';

const report = (paragraphs: string[]): Report => ({
  language: 'ja',
  title: 'ベンチマーク',
  header: ['ベンチマーク株式会社'],
  author: 'ベンチマーク株式会社',
  createdAt: new Date('2026-12-10T00:00:00Z'),
  blocks: paragraphs.map((p) => ({ kind: 'paragraph', runs: [{ text: p }] })),
});

async function time(name: string, fn: () => Promise<Buffer>, budgetMs: number | null): Promise<boolean> {
  const samples: number[] = [];
  let size = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    size = (await fn()).length;
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[1] ?? 0;
  const ok = budgetMs === null || median <= budgetMs;
  console.log(
    `${name.padEnd(48)} median ${median.toFixed(0).padStart(6)} ms  ${(size / 1024).toFixed(0).padStart(6)} KiB  ${budgetMs === null ? 'baseline' : `budget ${budgetMs} ms ${ok ? 'ok' : 'OVER'}`}`,
  );
  return ok;
}

async function main(): Promise<void> {
  await renderPdf(report(['warm-up']));
  const results = [
    await time('PDF, one paragraph (baseline)', () => renderPdf(report(['知財ガバナンスの報告書です。'])), null),
    await time('PDF, 20,000-character unbroken token', () => renderPdf(report(['x'.repeat(20_000)])), 1000),
    await time(
      'PDF, 200,000 characters of Japanese (the cap)',
      () => renderPdf(report(Array.from({ length: 100 }, () => '知財・無形資産の投資と活用。'.repeat(143)))),
      20_000,
    ),
    await time(
      'DOCX, 200,000 characters of Japanese (the cap)',
      () => renderDocx(report(Array.from({ length: 100 }, () => '知財・無形資産の投資と活用。'.repeat(143)))),
      20_000,
    ),
  ];
  process.exit(results.every(Boolean) ? 0 : 1);
}

void main();
