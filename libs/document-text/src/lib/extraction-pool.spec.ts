import { DocumentExtractionPool, DocumentTextError, extractText } from '../index';
import { makeBombDocx, makeDocx, makeFlateBombPdf, makeManyPagePdf, makeZip } from '../test/fixtures';
import { countPageObjects } from './pdf';

async function failure(p: Promise<unknown>): Promise<{ code: string; limit?: string }> {
  try {
    await p;
    return { code: 'ok' };
  } catch (e) {
    if (e instanceof DocumentTextError) return { code: e.code, ...(e.limit && { limit: e.limit }) };
    throw e;
  }
}

describe('caps checked while reading (same thread)', () => {
  it('stops inflating a ZIP bomb at the entry cap, whatever the archive declares', async () => {
    const bomb = makeBombDocx(40); // 40 MB of paragraphs in ~40 KB, declared as 1 KB
    expect(bomb.length).toBeLessThan(200_000);
    expect(await failure(extractText(bomb, { maxEntryBytes: 4 << 20 }))).toEqual({
      code: 'LIMIT_EXCEEDED',
      limit: 'entryBytes',
    });
    expect(await failure(extractText(bomb, { maxEntryBytes: 64 << 20, maxTotalUncompressedBytes: 8 << 20 }))).toEqual({
      code: 'LIMIT_EXCEEDED',
      limit: 'totalBytes',
    });
  });
  it('refuses an entry that declares more than the cap before inflating anything', async () => {
    // Not deflate data at all: were it inflated, the answer would be CORRUPT. The declared size decides first.
    const honest = makeZip([
      { name: 'word/document.xml', deflated: Buffer.from('not deflate'), declaredSize: 1 << 30 },
    ]);
    expect(await failure(extractText(honest, { maxEntryBytes: 4 << 20 }))).toEqual({
      code: 'LIMIT_EXCEEDED',
      limit: 'entryBytes',
    });
  });
  it('refuses a PDF whose compressed streams inflate past the cap before the parser is loaded', async () => {
    expect(await failure(extractText(makeFlateBombPdf(40), { maxPdfStreamBytes: 8 << 20 }))).toEqual({
      code: 'LIMIT_EXCEEDED',
      limit: 'totalBytes',
    });
  });
  it('stops producing text at the character cap', async () => {
    expect(await failure(extractText(makeBombDocx(2), { maxChars: 10_000 }))).toEqual({
      code: 'LIMIT_EXCEEDED',
      limit: 'chars',
    });
    expect(await failure(extractText(Buffer.from('a'.repeat(101)), { maxChars: 100 }))).toEqual({
      code: 'LIMIT_EXCEEDED',
      limit: 'chars',
    });
    expect(await failure(extractText(await makeDocx(['ok']), { maxChars: 100 }))).toEqual({ code: 'ok' });
  });
  it('counts page objects before parsing a PDF', async () => {
    const pdf = makeManyPagePdf(600);
    expect(countPageObjects(pdf, 10_000)).toBe(600);
    expect(countPageObjects(pdf, 501)).toBe(501);
    expect(await failure(extractText(pdf, { maxPages: 500 }))).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'pages' });
  });
  it('refuses content that does not match the promised kind', async () => {
    expect(await failure(extractText(Buffer.from('plain text'), { expectKind: 'pdf' }))).toEqual({
      code: 'TYPE_MISMATCH',
    });
    expect(await failure(extractText(await makeDocx(['x']), { expectKind: 'txt' }))).toEqual({ code: 'TYPE_MISMATCH' });
  });
});

describe('DocumentExtractionPool (child processes)', () => {
  const pool = new DocumentExtractionPool({}, { concurrency: 1, maxQueue: 1 });
  afterAll(() => pool.close());

  it('extracts in a child process and passes the caps along', async () => {
    const r = await pool.extract(await makeDocx(['知財戦略', 'Patents']), { expectKind: 'docx' });
    expect(r.text).toBe('知財戦略\n\nPatents');
    expect(await failure(pool.extract(makeBombDocx(40), { maxEntryBytes: 4 << 20 }))).toEqual({
      code: 'LIMIT_EXCEEDED',
      limit: 'entryBytes',
    });
  }, 60_000);
  it('kills a child at the time cap and one over its heap cap; the caller survives both', async () => {
    expect(await failure(pool.extract(Buffer.from('text'), { timeoutMs: 1 }))).toEqual({
      code: 'LIMIT_EXCEEDED',
      limit: 'time',
    });
    const memory = await failure(
      pool.extract(makeBombDocx(200), {
        maxEntryBytes: 400 << 20,
        maxTotalUncompressedBytes: 400 << 20,
        maxChars: 1e9,
        maxMemoryMb: 48,
      }),
    );
    expect(memory).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'memory' });
  }, 60_000);
  it('refuses at once with BUSY when the slot and the queue are taken', async () => {
    const docx = await makeDocx(['x']);
    const running = [pool.extract(docx), pool.extract(docx)];
    expect(await failure(pool.extract(docx))).toEqual({ code: 'BUSY' });
    expect((await Promise.all(running)).map((r) => r.text)).toEqual(['x', 'x']);
    expect(await failure(pool.extract(new Uint8Array(), {}))).toEqual({ code: 'EMPTY' });
  }, 60_000);
});
