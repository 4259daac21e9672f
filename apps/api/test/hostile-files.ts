// Hostile files built as bytes inside the tests (no binary fixtures in the repository).
import { constants, crc32, deflateRawSync } from 'node:zlib';

const ascii = (s: string): Buffer => Buffer.from(s, 'latin1');

/**
 * A PDF with `pages` pages that all share one tiny content stream — the shape of the 4.4 MB, 48,000-page file
 * that blocked the API for 25 minutes. Page attributes are inherited from the page tree to keep it small.
 */
export function manyPagePdf(pages: number): Buffer {
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (s: string): void => {
    const b = ascii(s);
    chunks.push(b);
    length += b.length;
  };
  const obj = (n: number, body: string): void => {
    offsets[n] = length;
    add(`${n} 0 obj${body}endobj\n`);
  };
  add('%PDF-1.4\n');
  const first = 5;
  obj(1, '<</Type/Catalog/Pages 2 0 R>>');
  const kids: string[] = [];
  for (let i = 0; i < pages; i++) kids.push(`${first + i} 0 R`);
  obj(2, `<</Type/Pages/Count ${pages}/MediaBox[0 0 200 50]/Resources<</Font<</F1 4 0 R>>>>/Kids[${kids.join(' ')}]>>`);
  const content = 'BT /F1 12 Tf 10 20 Td (Patents) Tj ET';
  obj(3, `<</Length ${content.length}>>stream\n${content}\nendstream\n`);
  obj(4, '<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>');
  for (let i = 0; i < pages; i++) obj(first + i, '<</Type/Page/Parent 2 0 R/Contents 3 0 R>>');
  const xref = length;
  const count = first + pages;
  add(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let n = 1; n < count; n++) add(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  add(`trailer<</Size ${count}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(chunks);
}

/** A PDF whose page tree loops (Pages → Pages → the first Pages again). */
export function loopingPagesPdf(): Buffer {
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Count 2/Kids[3 0 R]>>',
    '<</Type/Pages/Parent 2 0 R/Count 2/Kids[2 0 R]>>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj${body}endobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return ascii(out);
}

interface ZipPart {
  readonly name: string;
  /** Raw-deflated bytes and the true uncompressed size/CRC. */
  readonly deflated: Buffer;
  readonly size: number;
  readonly crc: number;
}

function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = ascii(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(p.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc, 16);
    central.writeUInt32LE(p.deflated.length, 20);
    central.writeUInt32LE(p.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + p.deflated.length;
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

function part(name: string, text: string): ZipPart {
  const data = Buffer.from(text, 'utf8');
  return { name, deflated: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';

/**
 * A .docx whose word/document.xml inflates to about `megabytes` MB of tiny paragraphs (the 1.2 MB file that
 * unpacked to 420 MB and killed the API). Built from one fully-flushed deflate block repeated, so it is fast to
 * make and the declared size is the true one (the reader must not trust it anyway).
 */
export function zipBombDocx(megabytes: number): Buffer {
  const unit = Buffer.from('<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(Math.floor((1 << 20) / 34)), 'latin1');
  const head = Buffer.from(
    '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
    'latin1',
  );
  const blocks: Buffer[] = [deflateRawSync(head, { finishFlush: constants.Z_FULL_FLUSH })];
  const block = deflateRawSync(unit, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  for (let i = 0; i < megabytes; i++) blocks.push(block);
  blocks.push(Buffer.from([0x03, 0x00])); // final empty fixed-Huffman block
  const size = head.length + unit.length * megabytes;
  return zip([
    part('[Content_Types].xml', CONTENT_TYPES),
    { name: 'word/document.xml', deflated: Buffer.concat(blocks), size, crc: 0 },
  ]);
}

/** A small valid .docx with the given paragraphs. */
export function plainDocx(paragraphs: readonly string[]): Buffer {
  const body = paragraphs
    .map(
      (p) => `<w:p><w:r><w:t xml:space="preserve">${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`,
    )
    .join('');
  return zip([
    part('[Content_Types].xml', CONTENT_TYPES),
    part(
      'word/document.xml',
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  ]);
}
