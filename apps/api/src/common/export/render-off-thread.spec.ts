import { ApiException } from '../errors/api-exception';
import { assertReportWithinLimits, MAX_EXPORT_CHARS } from './export-limits';
import { renderOffThread } from './render-off-thread';
import type { Report } from './report-model';

const report = (paragraphs: string[]): Report => ({
  language: 'ja',
  title: '長い文書',
  header: ['検証株式会社'],
  author: '検証株式会社',
  createdAt: new Date('2026-12-10T00:00:00Z'),
  blocks: paragraphs.map((p) => ({ kind: 'paragraph', runs: [{ text: p }] })),
});

describe('rendering off the main thread, bounded', () => {
  jest.setTimeout(60_000);

  it('renders a PDF in a worker while the event loop keeps running', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const started = Date.now();
    // A 20,000-character token (no break opportunity) and a long Japanese text.
    const pdf = await renderOffThread({
      format: 'pdf',
      report: report(['x'.repeat(20_000), '知財ガバナンス。'.repeat(6_000)]),
    });
    const elapsed = Date.now() - started;
    clearInterval(timer);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The main thread was free: the 20 ms timer fired for most of the render's duration.
    expect(ticks).toBeGreaterThan(Math.floor(elapsed / 20 / 3));
  });

  it('stops a render past its time cap with 503 EXPORT_TIMEOUT, and the next render still works', async () => {
    const slow = renderOffThread({ format: 'pdf', report: report(['知財'.repeat(50_000)]) }, 50);
    await expect(slow).rejects.toBeInstanceOf(ApiException);
    await expect(slow).rejects.toMatchObject({ code: 'EXPORT_TIMEOUT', status: 503 });
    const docx = await renderOffThread({ format: 'docx', report: report(['短い文書。']) });
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('refuses a document over the character cap with 413 EXPORT_TOO_LARGE naming the cap, before rendering', () => {
    const big = report(Array.from({ length: 11 }, () => 'あ'.repeat(20_000)));
    expect(() => assertReportWithinLimits(big)).toThrow(ApiException);
    try {
      assertReportWithinLimits(big);
    } catch (e) {
      expect(e).toMatchObject({ code: 'EXPORT_TOO_LARGE', vars: { limit: MAX_EXPORT_CHARS.toLocaleString('en-US') } });
      expect((e as ApiException).getStatus()).toBe(413);
    }
    expect(() => assertReportWithinLimits(report(['あ'.repeat(20_000)]))).not.toThrow();
  });
});
