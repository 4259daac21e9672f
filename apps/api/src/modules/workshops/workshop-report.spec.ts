import { getQuestion, type AnswerValue, type Question } from '@ipgn/assessment';
import { renderDocx } from '../../common/export/render-docx';
import { renderPdf } from '../../common/export/render-pdf';
import { renderPdfPages, pixelCensus } from '../../../test/support/pdf-pages';
import { compact, pageTexts } from '../../../test/support/pdf-text';
import { readDocx } from '../../../test/support/office-files';
import type { WorkshopDepartment } from './workshop-departments';
import { buildWorkshopReport } from './workshop-report';
import { computeWorkshopResults, type WorkshopAnswerEvent } from '@ipgn/workshops';

const M9 = [
  'm9.management-view',
  'm9.ip-function-view',
  'm9.future-information',
  'm9.ip-proposals',
  'm9.shared-vocabulary',
];
const QUESTIONS = M9.map((id) => getQuestion(id)).filter((q): q is Question => q !== undefined);

let seq = 0;
function people(
  department: WorkshopDepartment,
  n: number,
  level: (questionIndex: number, person: number) => number,
): WorkshopAnswerEvent[] {
  const out: WorkshopAnswerEvent[] = [];
  for (let i = 0; i < n; i++) {
    const participantId = `p-${seq++}`;
    QUESTIONS.forEach((q, qi) =>
      out.push({ seq: seq++, participantId, department, questionId: q.id, value: level(qi, i) }),
    );
  }
  return out;
}

const responses = [
  ...people('executive', 4, (qi, i) => Math.min(4, 3 + ((qi + i) % 2))),
  ...people('ip', 3, (qi) => (qi % 2 === 0 ? 1 : 2)),
  ...people('rnd', 3, (qi, i) => (qi + i) % 3),
];
// Every question locked after everyone answered: all figures published (frozen at the last answer).
const frozenAt = new Map(QUESTIONS.map((q) => [q.id, seq]));
const results = computeWorkshopResults({
  questions: QUESTIONS,
  departments: ['executive', 'ip', 'rnd'],
  history: responses,
  frozenAt,
});
const input = (locale: 'ja' | 'en', title = '経営と知財の対話 2026') => ({
  locale,
  now: new Date('2026-12-10T09:00:00Z'),
  organizationName: 'レポート検証株式会社',
  title,
  scheduledAt: new Date('2026-12-10T01:00:00Z'),
  anonymity: 'anonymous' as const,
  questions: QUESTIONS,
  results,
  agreed: new Map<string, AnswerValue>([[M9[0] as string, 3]]),
});

describe('workshop report: rendered pages, not only the text layer', () => {
  const keepDir = process.env['KEEP_REPORT_PNG'];

  it('PDF: page 1 summarises the largest gaps; the heat map is coloured with readable numbers; distributions in percentages with bars', async () => {
    const pdf = await renderPdf(buildWorkshopReport(input('ja')));
    const texts = pageTexts(pdf).map(compact);
    // Page 1: the summary with the interpretation of the largest gap, and the date in Japanese.
    expect(texts[0]).toContain('要約');
    expect(texts[0]).toContain('2026年12月10日');
    expect(texts[0]).toMatch(/経営層（平均\d+\.\d）と(知財部門|研究開発)（平均\d+\.\d）の認識差\d+\.\dポイント/);
    // Page 2: the heat map, columns headed with the actions' names (not bare numbers).
    expect(texts[1]).toContain('認識ギャップ・ヒートマップ');
    expect(texts[1]).toContain('実行体制とガバナンス');
    const pages = renderPdfPages(pdf, keepDir ? { keepDir } : {});
    const heat = pages[1];
    expect(heat).toBeDefined();
    if (!heat) return;
    // The table's region (upper part of page 2): coloured cells, and nowhere near solid black.
    const census = pixelCensus(heat, { x0: 0.05, y0: 0.05, x1: 0.95, y1: 0.45 });
    expect(census.coloured / census.total).toBeGreaterThan(0.03);
    expect(census.black / census.total).toBeLessThan(0.08);
    // Next steps: distinct sentences, not one template repeated.
    const all = pageTexts(pdf).join('\n');
    const steps = all.split('\n').filter((l) => l.trim().startsWith('・「'));
    expect(steps.length).toBeGreaterThan(3);
    expect(new Set(steps.map((s) => s.trim())).size).toBe(steps.length);
    // Distributions: percentages and drawn bars on the last page(s).
    expect(compact(all)).toMatch(/\d+%（\d+人）/);
    const last = pages[pages.length - 1];
    if (last) expect(pixelCensus(last).coloured).toBeGreaterThan(100);
  });

  it('English report: English dates and labels', async () => {
    const pdf = await renderPdf(buildWorkshopReport(input('en')));
    if (keepDir) renderPdfPages(pdf, { keepDir: `${keepDir}/en` });
    const text = pageTexts(pdf).join('\n');
    expect(text).toContain('10 December 2026');
    expect(text).toContain('Perception-gap heat map');
    expect(text).not.toMatch(/2026-12-10/);
  });

  it('DOCX: the heat map is a real table headed with action names; a title with U+FFFE still opens', async () => {
    const docx = await readDocx(await renderDocx(buildWorkshopReport(input('ja', '対話\uFFFE会\uD800'))));
    const heat = docx.tables.find((t) => t[0]?.[0] === '部門');
    expect(heat?.[0]?.slice(1).every((h) => /^\d\. \S+/.test(h))).toBe(true);
    expect(heat?.map((r) => r[0])).toEqual(['部門', '経営層', '知財部門', '研究開発']);
    expect(docx.paragraphs.join('\n')).toContain('対話会');
  });
});
