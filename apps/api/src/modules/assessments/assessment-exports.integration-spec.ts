import ExcelJS from 'exceljs';
import type request from 'supertest';
import { getQuestion, sampleAnswers, type AnswerValue } from '@ipgn/assessment';
import { allCellTexts, isFormulaLike, parseCsv, readXlsx } from '../../../test/support/office-files';
import { pixelCensus, renderPdfPages } from '../../../test/support/pdf-pages';
import { compact, pageTexts } from '../../../test/support/pdf-text';
import type { Client } from '../../../test/test-app';
import { useTestApp } from '../../../test/support/use-test-app';

// The listed track: it has the currency, text and ladder questions these checks need (the SME track is plain-language).
const PROFILE = { listingStatus: 'unlisted', companySize: 'sme' } as const;
const HOSTILE_TEXT = '=HYPERLINK("http://evil.example","x")\uFFFE';
const HOSTILE_NAME = '+SUM(1)\uFFFE';

function binary(req: request.Test): request.Test {
  return req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });
}

describe('assessment exports: a results PDF with charts in plain words, typed spreadsheets, nothing a spreadsheet runs', () => {
  // Rendering in worker threads, pdftoppm and the pdf.js extractor in child processes: slow on a shared 2-core machine.
  jest.setTimeout(120_000);
  const s = useTestApp();
  let owner: Client;
  let orgId: string;
  let id: string;
  let answers: Record<string, AnswerValue>;

  beforeAll(async () => {
    ({ owner, orgId } = await s.ctx.newOrganization('株式会社やまびこ製作所'));
    expect((await owner.patch('/api/auth/me', { displayName: HOSTILE_NAME })).status).toBe(200);
    id = String((await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'listed' })).body.id);
    answers = { ...(sampleAnswers('listed', 1, PROFILE) as Record<string, AnswerValue>), 'm1.top-three': HOSTILE_TEXT };
    for (const [questionId, value] of Object.entries(answers)) {
      const res = await owner.send('put', `/api/orgs/${orgId}/assessments/${id}/answers/${questionId}`, {
        value,
        expectedVersion: 0,
      });
      expect({ questionId, status: res.status }).toEqual({ questionId, status: 200 });
    }
  });

  const get = (ext: string) => binary(owner.agent.get(`/api/orgs/${orgId}/assessments/${id}/export.${ext}`));

  it('CSV: no cell starts a formula; the hostile answer and name are shown as text', async () => {
    const res = await get('csv');
    expect(res.status).toBe(200);
    const cells = parseCsv(res.body as Buffer);
    expect(cells.flat().filter(isFormulaLike)).toEqual([]);
    expect(cells.flat()).toContain(`'=HYPERLINK("http://evil.example","x")`);
    expect(cells.flat()).toContain(`'+SUM(1)`);
  });

  it('XLSX: opens strictly despite U+FFFE; module names, numbers as numbers, times in Asia/Tokyo, no formulas', async () => {
    const res = await get('xlsx');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('株式会社やまびこ製作所_自己診断結果-1_')}`,
    );
    const book = await readXlsx(res.body as Buffer);
    expect(allCellTexts(book).filter(isFormulaLike)).toEqual([]);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row, n) => n > 1 && rows.push(row));
    // Module names, never codes such as "m0".
    expect(rows.some((r) => /^m\d+$/.test(String(r.getCell(2).value)))).toBe(false);
    // A currency answer is a number, its unit beside it.
    const revenue = rows.find((r) => r.getCell(1).value === 'm0.revenue');
    expect(revenue?.getCell(5).type).toBe(ExcelJS.ValueType.Number);
    expect(revenue?.getCell(5).value).toBe(Number(answers['m0.revenue']));
    expect(revenue?.getCell(6).value).toBe('百万円');
    const ladder = rows.find((r) => getQuestion(String(r.getCell(1).value))?.type === 'maturity');
    expect(ladder?.getCell(5).type).toBe(ExcelJS.ValueType.Number);
    // Answer times: local wall-clock time (Asia/Tokyo), written as a date cell.
    const stored = (await s.t.db.query(
      'SELECT answered_at FROM assessment_answers WHERE assessment_id = $1 AND question_id = $2',
      [id, 'm0.revenue'],
    )) as { answered_at: Date }[];
    const at = revenue?.getCell(8).value;
    expect(at).toBeInstanceOf(Date);
    expect((at as Date).getTime() - new Date(stored[0]?.answered_at ?? 0).getTime()).toBeGreaterThan(
      9 * 3600_000 - 1000,
    );
    expect((at as Date).getTime() - new Date(stored[0]?.answered_at ?? 0).getTime()).toBeLessThan(9 * 3600_000 + 1000);
  });

  it('PDF: bar charts drawn, priority and effort in plain Japanese, named after the company and the date', async () => {
    const res = await get('pdf');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/filename\*=UTF-8''.+_\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = res.body as Buffer;
    const text = pageTexts(pdf).join('\n');
    expect(compact(text)).toMatch(/優先度:[高中低]/);
    expect(compact(text)).toMatch(/目安の工数:[小中大]（/);
    expect(text).not.toMatch(/\b(high|medium|low)\b/);
    expect(compact(text)).toContain('株式会社やまびこ製作所');
    const keepDir = process.env['KEEP_REPORT_PNG'];
    const first = renderPdfPages(pdf, keepDir ? { keepDir } : {})[0];
    if (!first) throw new Error('no page');
    // The chart of the seven actions: blue bars on the first page.
    expect(pixelCensus(first).coloured / pixelCensus(first).total).toBeGreaterThan(0.01);
  });

  it('PDF in English for an English user: no Japanese codes, English priority words', async () => {
    await owner.patch('/api/auth/me', { locale: 'en' });
    const text = pageTexts((await get('pdf')).body as Buffer).join('\n');
    await owner.patch('/api/auth/me', { locale: 'ja' });
    expect(text).toMatch(/Priority: (High|Medium|Low)/);
    expect(text).toMatch(/Rough effort: (Small|Medium|Large) \(/);
    expect(text).toContain('Scores by the guideline’s seven actions');
  });
});
