import { DocumentExtractionPool } from '@ipgn/document-text';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import { ApiException } from '../../common/errors/api-exception';
import { extractDisclosureText } from './extract-disclosure-text';

// A generous time cap: this runs beside other test processes on small shared machines.
const pool = new DocumentExtractionPool({ timeoutMs: 60_000 }, { concurrency: 1, maxQueue: 20 });
const extract = (data: Uint8Array, name: string): Promise<string> => extractDisclosureText(pool, data, name);
afterAll(() => pool.close());
const EN =
  'In our battery materials segment, 348 patents on cathode calcination protect products with sales of JPY 124 billion in FY2025.';

async function failure(p: Promise<unknown>): Promise<{ status: number; code: string; fields: string[] }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiException)
      return { status: e.getStatus(), code: e.code, fields: e.fieldProblems.map((f) => `${f.field}:${f.code}`) };
    throw e;
  }
  throw new Error('expected a failure');
}

function pdfOf(text: string, userPassword?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument(userPassword ? { userPassword, ownerPassword: `${userPassword}-owner` } : {});
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text(text);
    doc.end();
  });
}

describe('extractDisclosureText', () => {
  it('reads .txt (UTF-8) and .docx', async () => {
    expect(await extract(Buffer.from('知財戦略の本文です。'), '本文.TXT')).toBe('知財戦略の本文です。');
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun(EN)] })] }] }),
    );
    expect(await extract(docx, 'report.docx')).toContain('cathode calcination');
  });

  it('maps every bad input to a specific 400 code on the field `file`', async () => {
    const garbage = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256));
    expect(await failure(extract(garbage, 'garbage.txt'))).toEqual({
      status: 400,
      code: 'DOCUMENT_UNSUPPORTED',
      fields: ['file:fileUnsupported'],
    });
    expect(await failure(extract(Buffer.from(EN), 'notes.rtf'))).toEqual({
      status: 400,
      code: 'DOCUMENT_UNSUPPORTED',
      fields: ['file:fileUnsupported'],
    });
    expect(await failure(extract(Buffer.from(EN), 'no-extension'))).toEqual({
      status: 400,
      code: 'DOCUMENT_UNSUPPORTED',
      fields: ['file:fileUnsupported'],
    });
    expect(await failure(extract(Buffer.from(' \n\u3000'), 'blank.txt'))).toEqual({
      status: 400,
      code: 'DOCUMENT_EMPTY',
      fields: ['file:fileEmpty'],
    });
    expect(await failure(extract(Buffer.alloc(0), 'zero.txt'))).toEqual({
      status: 400,
      code: 'DOCUMENT_EMPTY',
      fields: ['file:fileEmpty'],
    });
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] }));
    expect(await failure(extract(docx.subarray(0, 300), 'cut.docx'))).toEqual({
      status: 400,
      code: 'DOCUMENT_CORRUPT',
      fields: ['file:fileCorrupt'],
    });
  });

  it('refuses more than 5 MB with 413 and text longer than the scoring limit with 400', async () => {
    expect(await failure(extract(Buffer.alloc(5 * 1024 * 1024 + 1, 'a'), 'big.txt'))).toEqual({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      fields: ['file:fileTooLarge'],
    });
    expect(await failure(extract(Buffer.from('知'.repeat(200_001)), 'long.txt'))).toEqual({
      status: 400,
      code: 'TEXT_TOO_LONG',
      fields: ['file:maxLength'],
    });
  });

  // PDFs are read in the extraction child process like every other file (pdfjs is ESM-only; Jest never loads it).
  it('extracts the text of a PDF', async () => {
    expect((await extract(await pdfOf(EN), 'report.pdf')).replace(/\s+/g, ' ')).toContain(
      '348 patents on cathode calcination',
    );
  }, 60000);

  it('refuses a password-protected PDF and a damaged one', async () => {
    expect(await failure(extract(await pdfOf(EN, 'secret'), 'locked.pdf'))).toEqual({
      status: 400,
      code: 'DOCUMENT_ENCRYPTED',
      fields: ['file:fileEncrypted'],
    });
    expect(await failure(extract(Buffer.from('%PDF-1.7\n not a real pdf'), 'broken.pdf'))).toEqual({
      status: 400,
      code: 'DOCUMENT_CORRUPT',
      fields: ['file:fileCorrupt'],
    });
  }, 60000);

  it('refuses content that does not match the extension, naming the mismatch', async () => {
    expect(await failure(extract(Buffer.from(EN), 'report.pdf'))).toEqual({
      status: 400,
      code: 'DOCUMENT_TYPE_MISMATCH',
      fields: ['file:fileTypeMismatch'],
    });
  }, 60000);
});
