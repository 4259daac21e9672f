import { allCellTexts, isFormulaLike, parseCsv, readXlsx } from '../../../test/support/office-files';
import { renderCsv } from './render-csv';
import { renderXlsx } from './render-xlsx';
import { num, text, type ReportSheet } from './report-model';

const HOSTILE = ['=1+1', '+cmd|" /C calc"!A0', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1', 'a\uFFFEb\u0000c\uD800'];
const sheet: ReportSheet = {
  name: 'Answers: [1]/2',
  columns: [{ label: '=header' }, { label: 'value' }, { label: 'when' }, { label: 'share' }],
  rows: [
    ...HOSTILE.map((h, i) => [
      text(h),
      num(i - 3),
      { kind: 'datetime', value: new Date('2026-12-10T01:02:03Z') } as const,
      { kind: 'percent', value: 0.25 } as const,
    ]),
    [
      text('850 百万円 is text'),
      num(850, 0, '百万円'),
      { kind: 'empty' } as const,
      { kind: 'percent', value: 1 } as const,
    ],
  ],
};

describe('CSV and XLSX renderers', () => {
  it('CSV: no cell a spreadsheet would run, numbers plain, local times, UTF-8 BOM and CRLF', () => {
    const csv = renderCsv(sheet);
    expect(csv.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const rows = parseCsv(csv);
    const textCells = rows.flatMap((r, i) => (i === 0 ? r : [r[0] ?? '']));
    expect(textCells.filter(isFormulaLike)).toEqual([]);
    expect(rows[1]?.[1]).toBe('-3');
    expect(rows[1]?.[2]).toBe('2026-12-10 10:02:03');
    expect(rows[7]?.[0]).toBe('abc');
  });

  it('XLSX: opens strictly; text neutralised; numbers, percentages and local times are typed cells', async () => {
    const book = await readXlsx(
      await renderXlsx({ language: 'ja', createdAt: new Date('2026-12-10T00:00:00Z'), sheets: [sheet] }),
    );
    const ws = book.worksheets[0];
    expect(ws?.name).toBe('Answers   1  2');
    expect(allCellTexts(book).filter(isFormulaLike)).toEqual([]);
    const row = ws?.getRow(9);
    expect(row?.getCell(2).type).toBe(2); // ValueType.Number
    expect(row?.getCell(2).value).toBe(850);
    expect(row?.getCell(2).numFmt).toContain('百万円');
    const dated = ws?.getRow(2).getCell(3);
    expect(dated?.value).toEqual(new Date('2026-12-10T10:02:03Z'));
    // Shown with its zone, like every time on screen and in the PDF: 2026-12-10 10:02 JST.
    expect(dated?.numFmt).toBe('yyyy-mm-dd hh:mm "JST"');
    expect(ws?.getRow(2).getCell(4).value).toBe(0.25);
    expect(ws?.getRow(8).getCell(1).value).toBe('abc');
  });
});
