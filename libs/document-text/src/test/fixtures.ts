import { Document, Packer, Paragraph, TextRun } from 'docx';
import { constants as zlibConstants, deflateRawSync } from 'node:zlib';
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
    const doc = new PDFDocument(options.userPassword ? { userPassword: options.userPassword, pdfVersion: '1.7' } : {});
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

/** A ZIP of raw-deflated parts, written by hand so that declared sizes can lie. */
export function makeZip(parts: ReadonlyArray<{ name: string; deflated: Buffer; declaredSize: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'latin1');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(p.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.deflated.length, 20);
    central.writeUInt32LE(p.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + p.deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** A .docx whose document.xml inflates to `megabytes` MB of one-letter paragraphs but declares 1 KB. */
export function makeBombDocx(megabytes: number): Buffer {
  const unit = Buffer.from('<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(Math.floor((1 << 20) / 34)), 'latin1');
  const block = deflateRawSync(unit, { level: 9, finishFlush: zlibConstants.Z_FULL_FLUSH });
  const deflated = Buffer.concat([...Array.from({ length: megabytes }, () => block), Buffer.from([0x03, 0x00])]);
  return makeZip([{ name: 'word/document.xml', deflated, declaredSize: 1024 }]);
}

/** A PDF with `pages` uncompressed page objects sharing one content stream. */
export function makeManyPagePdf(pages: number): Buffer {
  let out = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n';
  const kids = Array.from({ length: pages }, (_, i) => `${i + 4} 0 R`).join(' ');
  out += `2 0 obj<</Type /Pages/Count ${pages}/MediaBox[0 0 200 50]/Kids[${kids}]>>endobj\n3 0 obj<</Length 0>>stream\n\nendstream\nendobj\n`;
  for (let i = 0; i < pages; i++) out += `${i + 4} 0 obj<</Type /Page/Parent 2 0 R/Contents 3 0 R>>endobj\n`;
  return Buffer.from(out + 'trailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');
}

/** A one-page PDF whose Flate stream inflates to `megabytes` MB of zeros (an image XObject if `asImage`). */
export function makeFlateBombPdf(megabytes: number, asImage = false): Buffer {
  const zeros = Buffer.alloc(1 << 20);
  const block = deflateRawSync(zeros, { level: 9, finishFlush: zlibConstants.Z_FULL_FLUSH });
  // zlib header (78 DA) + raw deflate blocks: what PDF's /FlateDecode holds.
  const data = Buffer.concat([Buffer.from([0x78, 0xda]), ...Array.from({ length: megabytes }, () => block)]);
  const dict = asImage
    ? `/Type/XObject/Subtype/Image/Width 1024/Height ${megabytes * 1024}/BitsPerComponent 8/ColorSpace/DeviceGray`
    : '';
  const head =
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n' +
    `4 0 obj<<${dict}/Length ${data.length}/Filter/FlateDecode>>stream\n`;
  return Buffer.concat([
    Buffer.from(head, 'latin1'),
    data,
    Buffer.from('\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
  ]);
}
