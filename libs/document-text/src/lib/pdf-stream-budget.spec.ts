import { DocumentTextError } from './errors';
import { checkPdfStreamBudget } from './pdf-stream-budget';
import { makeFlateBombPdf, makePdf } from '../test/fixtures';

const MB = 1024 * 1024;

function limitOf(run: () => void): string | undefined {
  try {
    run();
  } catch (e) {
    if (e instanceof DocumentTextError) return `${e.code}:${e.limit}`;
    throw e;
  }
  return undefined;
}

describe('checkPdfStreamBudget', () => {
  it('refuses a content stream that inflates past the budget, naming the cap', () => {
    expect(limitOf(() => checkPdfStreamBudget(makeFlateBombPdf(8), 4 * MB))).toBe('LIMIT_EXCEEDED:totalBytes');
  });

  it('counts all compressed streams together, and lets a file under the budget through', () => {
    expect(limitOf(() => checkPdfStreamBudget(makeFlateBombPdf(3), 4 * MB))).toBeUndefined();
    const twice = Buffer.concat([makeFlateBombPdf(3), makeFlateBombPdf(3)]);
    expect(limitOf(() => checkPdfStreamBudget(twice, 4 * MB))).toBe('LIMIT_EXCEEDED:totalBytes');
  });

  it('skips image streams: text extraction never decodes them', () => {
    expect(limitOf(() => checkPdfStreamBudget(makeFlateBombPdf(8, true), 4 * MB))).toBeUndefined();
  });

  it('passes an ordinary PDF with text and a font', async () => {
    const pdf = await makePdf({ lines: ['Patents support our Xylo device.', 'Second line.'] });
    expect(limitOf(() => checkPdfStreamBudget(pdf, MB))).toBeUndefined();
  });

  it('leaves broken streams and stray keywords to the parser', () => {
    const junk = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Filter/FlateDecode>>stream\nnot deflate at all\nendstream\n' + '>>stream'.repeat(1000),
    );
    expect(limitOf(() => checkPdfStreamBudget(junk, MB))).toBeUndefined();
  });
});
