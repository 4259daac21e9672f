import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAX_BYTES, DocumentTextError, extractText, sniffKind } from '../index';
import { makeDocx, makePdf } from '../test/fixtures';

const JA_FONT = join(
  __dirname,
  '../../../../node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
);
const HARNESS = join(__dirname, '../test/extract-harness.ts');
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (e instanceof DocumentTextError) return e.code;
    throw e;
  }
}

/** Deterministic pseudo-random bytes (no fixtures in the repo, no flakiness). */
function garbage(n: number, seed = 42): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x & 0xff;
  }
  return out;
}

describe('extractText: plain text', () => {
  it('reads UTF-8 with and without BOM', async () => {
    expect((await extractText(enc('知財戦略委員会を年４回開催しています。'))).text).toBe(
      '知財戦略委員会を年４回開催しています。',
    );
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Patents.')]);
    const r = await extractText(bom);
    expect(r.text).toBe('Patents.');
    expect(r.kind).toBe('txt');
  });
  it('reads Shift_JIS and UTF-16', async () => {
    const sjis = new Uint8Array([0x93, 0xc1, 0x8b, 0x96]); // 特許
    expect((await extractText(sjis)).text).toBe('特許');
    const utf16 = new Uint8Array([0xff, 0xfe, 0x79, 0x72, 0x31, 0x8a]); // 特許 (LE)
    expect((await extractText(utf16)).text).toBe('特許');
  });
  it('rejects empty and whitespace-only input', async () => {
    expect(await codeOf(extractText(new Uint8Array()))).toBe('EMPTY');
    expect(await codeOf(extractText(enc(' \n\t ')))).toBe('EMPTY');
  });
  it('rejects binary garbage by content, whatever it is called', async () => {
    expect(await codeOf(extractText(garbage(4096)))).toBe('UNSUPPORTED_TYPE');
    expect(sniffKind(garbage(4096))).toBeNull();
    // A ZIP that is not a Word document.
    expect(await codeOf(extractText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...enc('xl/workbook.xml')])))).toBe(
      'UNSUPPORTED_TYPE',
    );
  });
  it('rejects inputs above the limit (5 MB default, configurable)', async () => {
    const big = new Uint8Array(DEFAULT_MAX_BYTES + 1).fill(0x61);
    expect(await codeOf(extractText(big))).toBe('TOO_LARGE');
    expect(await codeOf(extractText(enc('12345'), { maxBytes: 4 }))).toBe('TOO_LARGE');
    expect(await codeOf(extractText(enc('1234'), { maxBytes: 4 }))).toBe('ok');
  });
  it('error carries a Japanese message too', async () => {
    try {
      await extractText(new Uint8Array());
    } catch (e) {
      expect((e as DocumentTextError).messageJa).toContain('空');
    }
  });
});

describe('extractText: DOCX', () => {
  it('extracts paragraphs', async () => {
    const r = await extractText(await makeDocx(['知財戦略委員会を年4回開催しています。', 'Patents support Xylo.']));
    expect(r.kind).toBe('docx');
    expect(r.text).toContain('知財戦略委員会を年4回開催しています。');
    expect(r.text).toContain('Patents support Xylo.');
  });
  it('rejects an empty document', async () => {
    expect(await codeOf(extractText(await makeDocx([''])))).toBe('EMPTY');
  });
  it('reports a damaged DOCX as CORRUPT', async () => {
    const docx = await makeDocx(['x']);
    expect(await codeOf(extractText(docx.subarray(0, 200)))).toBe('CORRUPT');
  });
});

// PDF extraction runs in a child process: pdfjs is ESM-only and Jest's CommonJS sandbox cannot import it.
describe('extractText: PDF (child process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'doc-text-'));
  const run = (
    name: string,
    data: Uint8Array,
    max?: number,
  ): { ok: boolean; code?: string; text?: string; kind?: string } => {
    const file = join(dir, name);
    writeFileSync(file, data);
    const args = ['--import', 'tsx', HARNESS, file, ...(max ? [String(max)] : [])];
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: join(__dirname, '../../../..') });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout.trim()) as { ok: boolean; code?: string; text?: string };
  };

  it('extracts Japanese and English text', async () => {
    const pdf = await makePdf({
      lines: ['Patents support our Xylo device.', '当社の半導体材料事業では特許1,200件を保有しています。'],
      fontPath: JA_FONT,
    });
    const r = run('text.pdf', pdf);
    expect(r.ok).toBe(true);
    expect(r.kind).toBe('pdf');
    expect(r.text).toContain('Patents support our Xylo device.');
    expect(r.text).toContain('当社の半導体材料事業では特許1,200件を保有しています。');
  }, 30000);
  it('reports an encrypted PDF', async () => {
    expect(run('enc.pdf', await makePdf({ lines: ['secret'], userPassword: 'pw' })).code).toBe('ENCRYPTED');
  }, 30000);
  it('reports a PDF without a text layer', async () => {
    expect(run('img.pdf', await makePdf({})).code).toBe('NO_TEXT_LAYER');
  }, 30000);
  it('reports a damaged PDF', () => {
    expect(run('bad.pdf', enc('%PDF-1.7\n garbage without objects')).code).toBe('CORRUPT');
  }, 30000);
  it('applies the size limit before parsing', async () => {
    expect(run('limit.pdf', await makePdf({ lines: ['x'] }), 100).code).toBe('TOO_LARGE');
  }, 30000);
});
