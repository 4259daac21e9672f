import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from './run-cli';
import { parseArgs, runCli } from './run-cli';

const TEXT = [
  '当社の半導体材料事業では、高純度化技術に関する特許約1,200件が主力製品を支えています。',
  '知財戦略委員会（委員長：CTO）を年4回開催し、その結果を取締役会に報告しています。',
].join('\n');

function fakeIo(files: Record<string, string>): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    readFile: async (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return new TextEncoder().encode(f);
    },
    extract: async (d) => {
      const text = new TextDecoder().decode(d);
      if (text.startsWith('BINARY')) throw new Error('Unsupported file type');
      return { text };
    },
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
  };
}

describe('score-disclosure CLI', () => {
  it('parses arguments', () => {
    expect(parseArgs(['a.txt', '--lang', 'en', '--json'])).toEqual({
      file: 'a.txt',
      language: 'en',
      json: true,
      help: false,
    });
    expect(parseArgs(['--lang=ja', 'a.txt']).language).toBe('ja');
    expect(parseArgs(['--lang', 'fr', 'a.txt']).error).toMatch(/ja.*en/);
    expect(parseArgs(['a', 'b']).error).toMatch(/one file/);
    expect(parseArgs(['--bogus']).error).toMatch(/Unknown option/);
    expect(
      parseArgs(['a.txt', '--company', 'ACME株式会社', '--company=ACME Corp', '--doc-type', 'cg_report']),
    ).toMatchObject({
      companyNames: ['ACME株式会社', 'ACME Corp'],
      documentType: 'cg_report',
    });
    expect(parseArgs(['a.txt', '--doc-type', 'memo']).error).toMatch(/cg_report/);
  });

  it('--json prints exactly one JSON object with the promised fields', async () => {
    const io = fakeIo({ 'a.txt': TEXT });
    expect(await runCli(['a.txt', '--json'], io)).toBe(0);
    expect(io.out).toHaveLength(1);
    const j = JSON.parse(io.out[0] ?? '') as {
      overall: number;
      grade: string;
      class: string | null;
      language: string;
      calibration: { band: string; strongRate: number; interval: number[] };
      sentences: { role: string }[];
      chains: { links: string[] }[];
      criteria: {
        id: string;
        score: number;
        evidence: { start: number; end: number; text: string }[];
        missing: string;
      }[];
    };
    expect(j.overall).toBeGreaterThanOrEqual(0);
    expect(j.overall).toBeLessThanOrEqual(100);
    expect(['A', 'B', 'C', 'D', 'E']).toContain(j.grade);
    expect(j.class).toBeNull();
    expect(j.language).toBe('ja');
    expect(j.criteria.map((c) => c.id)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7']);
    expect(j.sentences.map((s) => s.role)).toEqual(['count', 'governance']);
    expect(j.calibration.interval).toHaveLength(2);
    for (const c of j.criteria) {
      expect(typeof c.id).toBe('string');
      expect(typeof c.missing).toBe('string');
      for (const e of c.evidence) expect(TEXT.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('reports words about nothing named, in JSON and in the readable report', async () => {
    const words = '他社が容易に模倣できない参入障壁を築き、売上と利益率を高めています。';
    const io = fakeIo({ 'w.txt': words });
    expect(await runCli(['w.txt', '--json'], io)).toBe(0);
    const j = JSON.parse(io.out[0] ?? '') as {
      sentences: { unanchored: boolean }[];
      chains: { links: string[]; unanchored: string[] }[];
    };
    expect(j.sentences.map((s) => s.unanchored)).toEqual([true]);
    expect(j.chains[0]?.links).not.toContain('mechanism');
    expect(j.chains[0]?.unanchored).toEqual(expect.arrayContaining(['mechanism', 'financial']));
    const text = fakeIo({ 'w.txt': words });
    expect(await runCli(['w.txt'], text)).toBe(0);
    expect(text.out.join('\n')).toContain('〔事業・製品・資産の特定なし〕');
    // The chain's words are named in the report's language, as the web app names them (walk 12 saw "mechanism").
    expect(text.out.join('\n')).toMatch(/対象の特定がない言葉: .*優位の仕組み/u);
    expect(text.out.join('\n')).not.toMatch(/mechanism|financial/u);
  });

  it('says which link a chain lacks when it runs to the end, and never both "breaks" and "runs to the end"', async () => {
    const story =
      '当社は、業務用空調事業の省エネ制御技術について、基本特許をライセンス供与して業界の標準規格とし、ライセンス収入と機器販売の両方で収益を得る方針です。';
    const io = fakeIo({ 'a.txt': story });
    expect(await runCli(['a.txt'], io)).toBe(0);
    const report = io.out.join('\n');
    expect(report).toContain('特定の事業・製品 → 特定の無形資産 → 優位の仕組み');
    expect(report).toMatch(/足りない環: /u);
    expect(report).not.toMatch(/途切れ[^\n]*文章の終わりまで続いています/u);
  });

  it('prints a readable report without --json, honouring --lang', async () => {
    const io = fakeIo({ 'a.txt': TEXT });
    expect(await runCli(['a.txt', '--lang', 'en'], io)).toBe(0);
    const report = io.out.join('');
    expect(report).toContain('Overall');
    expect(report).toContain('L1');
    expect(report).toContain('Sentence roles');
    expect(report).toContain('[count/ranking]');
    const v1 = fakeIo({ 'a.txt': TEXT });
    expect(await runCli(['a.txt', '--v1', '--lang', 'en'], v1)).toBe(0);
    expect(v1.out.join('')).toContain('R1');
  });

  it('fails with a clear message and non-zero exit on bad input', async () => {
    const io = fakeIo({ 'empty.txt': '   \n', 'bin.pdf': 'BINARY' });
    expect(await runCli([], io)).toBe(2);
    expect(await runCli(['missing.txt'], io)).toBe(1);
    expect(await runCli(['empty.txt'], io)).toBe(1);
    expect(await runCli(['bin.pdf'], io)).toBe(1);
    const err = io.err.join('');
    expect(err).toContain('no file given');
    expect(err).toContain('file not found');
    expect(err).toContain('empty');
    expect(err).toContain('Unsupported');
    expect(io.out).toHaveLength(0);
  });

  it('runs end to end through tsx on a real file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'score-cli-'));
    const file = join(dir, 'cg-report.txt');
    writeFileSync(file, TEXT);
    const entry = join(__dirname, 'score-disclosure.ts');
    const root = join(__dirname, '../../../..');
    const ok = spawnSync(process.execPath, ['--import', 'tsx', entry, file, '--json', '--doc-type', 'cg_report'], {
      encoding: 'utf8',
      cwd: root,
    });
    expect(ok.status).toBe(0);
    const lines = ok.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect((JSON.parse(lines[0] ?? '') as { class: string }).class).toBe('〇');
    const bad = join(dir, 'garbage.pdf');
    writeFileSync(bad, Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 9]));
    const fail = spawnSync(process.execPath, ['--import', 'tsx', entry, bad], { encoding: 'utf8', cwd: root });
    expect(fail.status).toBe(1);
    expect(fail.stderr).toMatch(/Unsupported file type/);
    expect(fail.stdout).toBe('');
  }, 30000);
});
