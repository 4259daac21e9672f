import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import { ApiException } from '../../common/errors/api-exception';
import { extractDisclosureText } from './extract-disclosure-text';

const REPO_ROOT = join(__dirname, '../../../../..');
const HARNESS = join(__dirname, 'extract-disclosure-text.harness.ts');
const EN = 'In our battery materials segment, 348 patents on cathode calcination protect products with sales of JPY 124 billion in FY2025.';

async function failure(p: Promise<unknown>): Promise<{ status: number; code: string; fields: string[] }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiException) return { status: e.getStatus(), code: e.code, fields: e.fieldProblems.map((f) => `${f.field}:${f.code}`) };
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
    expect(await extractDisclosureText(Buffer.from('知財戦略の本文です。'), '本文.TXT')).toBe('知財戦略の本文です。');
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun(EN)] })] }] }));
    expect(await extractDisclosureText(docx, 'report.docx')).toContain('cathode calcination');
  });

  it('maps every bad input to a specific 400 code on the field `file`', async () => {
    const garbage = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256));
    expect(await failure(extractDisclosureText(garbage, 'garbage.txt'))).toEqual({ status: 400, code: 'DOCUMENT_UNSUPPORTED', fields: ['file:fileUnsupported'] });
    expect(await failure(extractDisclosureText(Buffer.from(EN), 'notes.rtf'))).toEqual({ status: 400, code: 'DOCUMENT_UNSUPPORTED', fields: ['file:fileUnsupported'] });
    expect(await failure(extractDisclosureText(Buffer.from(EN), 'no-extension'))).toEqual({ status: 400, code: 'DOCUMENT_UNSUPPORTED', fields: ['file:fileUnsupported'] });
    expect(await failure(extractDisclosureText(Buffer.from(' \n\u3000'), 'blank.txt'))).toEqual({ status: 400, code: 'DOCUMENT_EMPTY', fields: ['file:fileEmpty'] });
    expect(await failure(extractDisclosureText(Buffer.alloc(0), 'zero.txt'))).toEqual({ status: 400, code: 'DOCUMENT_EMPTY', fields: ['file:fileEmpty'] });
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] }));
    expect(await failure(extractDisclosureText(docx.subarray(0, 300), 'cut.docx'))).toEqual({ status: 400, code: 'DOCUMENT_CORRUPT', fields: ['file:fileCorrupt'] });
  });

  it('refuses more than 5 MB with 413 and text longer than the scoring limit with 400', async () => {
    expect(await failure(extractDisclosureText(Buffer.alloc(5 * 1024 * 1024 + 1, 'a'), 'big.txt'))).toEqual({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      fields: ['file:fileTooLarge'],
    });
    expect(await failure(extractDisclosureText(Buffer.from('知'.repeat(200_001)), 'long.txt'))).toEqual({ status: 400, code: 'TEXT_TOO_LONG', fields: ['file:maxLength'] });
  });

  // pdfjs is ESM-only and cannot be imported inside Jest's sandbox: the PDF cases run in a child process.
  describe('PDF (child process)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipgn-pdf-'));
    const run = (data: Buffer, name: string): { ok: boolean; text?: string; status?: number; code?: string; fields?: { field: string; code: string }[] } => {
      const file = join(dir, name);
      writeFileSync(file, data);
      const r = spawnSync(process.execPath, ['--import', 'tsx', HARNESS, file, name], {
        encoding: 'utf8',
        cwd: REPO_ROOT,
        env: { ...process.env, TSX_TSCONFIG_PATH: 'apps/api/tsconfig.app.json' },
      });
      if (r.status !== 0) throw new Error(r.stderr);
      return JSON.parse(r.stdout.trim());
    };

    it('extracts the text of a PDF', async () => {
      const r = run(await pdfOf(EN), 'report.pdf');
      expect(r.ok).toBe(true);
      expect(r.text?.replace(/\s+/g, ' ')).toContain('348 patents on cathode calcination');
    }, 30000);

    it('refuses a password-protected PDF and a damaged one', async () => {
      expect(run(await pdfOf(EN, 'secret'), 'locked.pdf')).toEqual({ ok: false, status: 400, code: 'DOCUMENT_ENCRYPTED', fields: [{ field: 'file', code: 'fileEncrypted' }] });
      expect(run(Buffer.from('%PDF-1.7\n not a real pdf'), 'broken.pdf')).toEqual({ ok: false, status: 400, code: 'DOCUMENT_CORRUPT', fields: [{ field: 'file', code: 'fileCorrupt' }] });
    }, 30000);
  });
});
