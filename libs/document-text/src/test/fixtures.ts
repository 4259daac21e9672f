import { Document, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';

/** Builds small DOCX/PDF fixtures in memory, so tests never depend on binary files in the repo. */
export async function makeDocx(paragraphs: readonly string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }],
  });
  return Packer.toBuffer(doc);
}

export interface PdfFixtureOptions {
  readonly lines?: readonly string[];
  readonly userPassword?: string;
  readonly fontPath?: string;
}

export function makePdf(options: PdfFixtureOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument(
      options.userPassword ? { userPassword: options.userPassword, pdfVersion: '1.7' } : {},
    );
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    if (options.fontPath) doc.font(options.fontPath);
    if (options.lines && options.lines.length > 0) {
      for (const line of options.lines) doc.text(line);
    } else {
      // No text at all: a drawing only, like a scanned page without OCR.
      doc.rect(50, 50, 200, 100).fill('#888888');
    }
    doc.end();
  });
}
