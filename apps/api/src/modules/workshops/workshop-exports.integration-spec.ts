import ExcelJS from 'exceljs';
import { getQuestion, type MaturityQuestion } from '@ipgn/assessment';
import { allCellTexts, isFormulaLike, parseCsv, readDocx, readXlsx } from '../../../test/support/office-files';
import { pixelCensus, renderPdfPages } from '../../../test/support/pdf-pages';
import { compact, pageTexts, searchableText } from '../../../test/support/pdf-text';
import { type Client } from '../../../test/test-app';
import { binary } from '../../../test/support/use-test-app';
import { M9, useWorkshopSuite } from '../../../test/support/workshop-steps';

describe('workshop report (PDF, DOCX) and raw responses (CSV, XLSX)', () => {
  // Rendering in worker threads, pdftoppm and the pdf.js extractor in child processes: slow on a shared 2-core machine.
  jest.setTimeout(120_000);
  const suite = useWorkshopSuite('レポート検証株式会社');
  const { s, answer, state, join } = suite;
  let viewer: Client;

  beforeAll(async () => {
    viewer = await s.ctx.newMember(suite.owner, suite.orgId, 'viewer');
  });

  /** Executives rate everything 4, the IP department 1, R&D 2 (three people each). */
  const EVERYONE: [string, string, number][] = [
    ['executive', '経営 一郎', 4],
    ['executive', '経営 二郎', 4],
    ['executive', '経営 三郎', 4],
    ['ip', '知財 花子', 1],
    ['ip', '知財 次郎', 1],
    ['ip', '知財 三子', 1],
    ['rnd', '研究 一子', 2],
    ['rnd', '研究 二子', 2],
    ['rnd', '研究 三子', 2],
  ];

  /** A live workshop, everyone answering every M9 question, and an agreed answer (3) on the first. */
  async function workshopWithAnswers(anonymity: 'named' | 'anonymous', people = EVERYONE) {
    const { id, code } = await suite.liveWorkshop(anonymity, { title: `${anonymity} 報告書` });
    const tokens: string[] = [];
    for (const [department, displayName] of people) tokens.push(await join(code, department, displayName));
    // Question by question, as in the room: everyone answers the current one, then it is locked (and published).
    for (const [index, q] of M9.entries()) {
      await state(id, { currentQuestionIndex: index });
      for (const [i, [, , level]] of people.entries()) expect((await answer(tokens[i], q, level)).status).toBe(200);
      await state(id, { lockQuestionId: q });
    }
    expect(
      (await suite.advisor.send('put', `/api/orgs/${suite.orgId}/workshops/${id}/agreed/${M9[0]}`, { value: 3 }))
        .status,
    ).toBe(200);
    return { id, names: people.map((p) => p[1]) };
  }

  const agreedLevel = (locale: 'ja' | 'en') => (getQuestion(M9[0]) as MaturityQuestion).levels[3][locale];

  it('PDF: %PDF with the Japanese font embedded; its searchable text has the agreed answer, the heat map numbers and the next steps', async () => {
    const { id } = await workshopWithAnswers('anonymous');
    const res = await binary(viewer.agent.get(`/api/orgs/${suite.orgId}/workshops/${id}/report.pdf`));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansJP/);
    const text = compact(searchableText(pdf));
    expect(text).toContain(compact(agreedLevel('ja')));
    expect(text).toContain(compact(`${getQuestion(M9[0])?.prompt.ja ?? ''}→3/4`));
    expect(text).toContain('認識ギャップ・ヒートマップ');
    // The heat map rows as numbers: executives 4 → 100.0, R&D 2 → 50.0, the IP department 1 → 25.0.
    expect(text).toMatch(/経営層(100\.0)+知財部門(25\.0)+研究開発(50\.0)+/);
    // The largest gap becomes the first next step, with the question behind it.
    expect(text).toContain('1.アクション');
    expect(text).toContain('経営層と知財部門の認識差75.0ポイント');
    // M9[0] and M9[1] are written for one respondent (management, the head of IP): left out of the gaps.
    expect(text).toContain(
      compact(
        `「${getQuestion(M9[2])?.prompt.ja ?? ''}」：経営層が高く評価する根拠（資料・事例）と知財部門が懸念する点`,
      ),
    );
    // Anonymous: no participant name anywhere.
    expect(text).not.toContain('経営一郎');
    // Named after the company and the workshop's date, in Japanese, with an ASCII fallback.
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="export_2026-12-10.pdf"; filename*=UTF-8''${encodeURIComponent('レポート検証株式会社_ワークショップ報告書_2026-12-10.pdf')}`,
    );
    // Looked at as pages: a summary first, then a heat map whose cells are coloured (not black) with their numbers.
    const pages = pageTexts(pdf).map(compact);
    expect(pages[0]).toContain('要約');
    expect(pages[0]).toContain('2026年12月10日');
    expect(pages[1]).toContain('認識ギャップ・ヒートマップ');
    expect(pages[1]).toMatch(/5\.実行体制とガバナンス/);
    const heat = renderPdfPages(pdf)[1];
    if (!heat) throw new Error('no heat-map page');
    const census = pixelCensus(heat, { x0: 0.05, y0: 0.05, x1: 0.95, y1: 0.3 });
    expect(census.coloured / census.total).toBeGreaterThan(0.03);
    expect(census.black / census.total).toBeLessThan(0.08);
  });

  it('DOCX: a Word file whose document contains the agreed answer and the heat map as a table; English for an English user', async () => {
    const { id } = await workshopWithAnswers('named');
    const res = await binary(suite.owner.agent.get(`/api/orgs/${suite.orgId}/workshops/${id}/report.docx`));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const docx = await readDocx(res.body as Buffer);
    expect(docx.xml).toContain(agreedLevel('ja'));
    const heat = docx.tables.find((tb) => tb[0]?.[0] === '部門');
    // Columns headed with the actions' names, not bare numbers.
    expect(heat?.[0]?.slice(1).every((h) => /^\d\. \S+/.test(h))).toBe(true);
    expect(heat?.slice(1).map((r) => r.slice(0, 2))).toEqual([
      ['経営層', '100.0'],
      ['知財部門', '25.0'],
      ['研究開発', '50.0'],
    ]);

    await suite.advisor.patch('/api/auth/me', { locale: 'en' });
    const en = await binary(suite.advisor.agent.get(`/api/orgs/${suite.orgId}/workshops/${id}/report.docx`));
    const enXml = (await readDocx(en.body as Buffer)).xml;
    expect(enXml).toContain('Perception-gap heat map');
    expect(enXml).toContain(agreedLevel('en'));
    await suite.advisor.patch('/api/auth/me', { locale: 'ja' });
  });

  it('CSV/XLSX of an anonymous workshop: no names or ids, no times; a lone R&D person merged into “other” with the next-smallest department', async () => {
    const { id, names } = await workshopWithAnswers('anonymous', EVERYONE.slice(0, 7));
    const csv = await binary(suite.advisor.agent.get(`/api/orgs/${suite.orgId}/workshops/${id}/responses.csv`));
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text = (csv.body as Buffer).toString('utf8').replace(/^\uFEFF/, '');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('部門,質問番号,設問ID,質問,回答,回答の意味');
    expect(lines).toHaveLength(1 + 7 * M9.length);
    for (const name of names) expect(text).not.toContain(name);
    const ids = (await s.t.db.query('SELECT id, user_id FROM workshop_participants WHERE workshop_id = $1', [id])) as {
      id: string;
      user_id: string | null;
    }[];
    for (const p of ids) expect(text).not.toContain(p.id);
    expect(text).not.toContain('研究開発');
    // R&D alone (1) would be revealed as "total minus the rest", so the smallest shown department (executives,
    // 3) is merged too: the same secondary suppression as the live results.
    expect(lines.filter((l) => l.startsWith('その他（少人数の部門を統合）,1,')).length).toBe(4);
    expect(lines.filter((l) => l.startsWith('知財部門,1,')).length).toBe(3);
    expect(lines.filter((l) => l.startsWith('経営層,')).length).toBe(0);
    const results = await suite.advisor.get(`/api/orgs/${suite.orgId}/workshops/${id}/results`);
    expect((results.body.questions[0].departments as { department: string }[]).map((d) => d.department)).toEqual([
      'ip',
    ]);

    const xlsx = await binary(suite.advisor.agent.get(`/api/orgs/${suite.orgId}/workshops/${id}/responses.xlsx`));
    expect(xlsx.status).toBe(200);
    const workbook = await readXlsx(xlsx.body as Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(1 + 7 * M9.length);
    expect(sheet?.getRow(1).values).toEqual([undefined, '部門', '質問番号', '設問ID', '質問', '回答', '回答の意味']);
    // Levels are numbers, not text.
    expect(sheet?.getRow(2).getCell(5).type).toBe(ExcelJS.ValueType.Number);
    expect(sheet?.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.Number);
  });

  it('CSV of a named workshop: names and answer times, real departments', async () => {
    const { id, names } = await workshopWithAnswers('named');
    const text = (
      (await binary(suite.advisor.agent.get(`/api/orgs/${suite.orgId}/workshops/${id}/responses.csv`))).body as Buffer
    ).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFF参加者,部門,質問番号,設問ID,質問,回答,回答の意味,回答日時（JST）');
    for (const name of names) expect(text).toContain(name);
    expect(text).toContain('研究 一子,研究開発,1,');
    // Answer times in Asia/Tokyo, as a spreadsheet reads them.
    expect(parseCsv(text)[1]?.[7]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it('raw responses need workshop:run (a viewer gets 403); another organization gets 404 on all four', async () => {
    const { id } = await workshopWithAnswers('anonymous');
    expect((await viewer.get(`/api/orgs/${suite.orgId}/workshops/${id}/responses.csv`)).status).toBe(403);
    expect((await viewer.get(`/api/orgs/${suite.orgId}/workshops/${id}/responses.xlsx`)).status).toBe(403);
    const { owner: other, orgId: otherOrg } = await s.ctx.newOrganization('他社');
    for (const file of ['report.pdf', 'report.docx', 'responses.csv', 'responses.xlsx']) {
      expect((await other.get(`/api/orgs/${otherOrg}/workshops/${id}/${file}`)).status).toBe(404);
      expect((await other.get(`/api/orgs/${suite.orgId}/workshops/${id}/${file}`)).status).toBe(404);
    }
  });

  it('hostile text from participants: no formula runs in the CSV/XLSX, and U+FFFE in a title or a name leaves every file readable', async () => {
    const hostile = '=HYPERLINK("http://evil.example","x")';
    const { id, code } = await suite.liveWorkshop('named', { title: `@SUM(1)\uFFFE 報告` });
    const names = [hostile, '+1+1\uFFFE', '-2', '@me', '\tTab', '普通 の人'];
    for (const [i, displayName] of names.entries()) {
      const token = await join(code, (['executive', 'ip', 'rnd'] as const)[i % 3], displayName);
      expect((await answer(token, M9[0], 2)).status).toBe(200);
    }
    const csv = parseCsv(
      (await binary(suite.advisor.agent.get(`/api/orgs/${suite.orgId}/workshops/${id}/responses.csv`))).body as Buffer,
    );
    expect(csv.length).toBe(1 + names.length);
    expect(csv.flat().filter(isFormulaLike)).toEqual([]);
    expect(csv.flat()).toContain(`'${hostile}`);
    const book = await readXlsx(
      (await binary(suite.advisor.agent.get(`/api/orgs/${suite.orgId}/workshops/${id}/responses.xlsx`))).body as Buffer,
    );
    expect(allCellTexts(book).filter(isFormulaLike)).toEqual([]);
    expect(allCellTexts(book)).toContain("'+1+1");
    const docx = await readDocx(
      (await binary(suite.advisor.agent.get(`/api/orgs/${suite.orgId}/workshops/${id}/report.docx`))).body as Buffer,
    );
    expect(docx.paragraphs.join('\n')).toContain('@SUM(1) 報告');
    const pdf = (await binary(suite.advisor.agent.get(`/api/orgs/${suite.orgId}/workshops/${id}/report.pdf`)))
      .body as Buffer;
    expect(compact(searchableText(pdf))).toContain('@SUM(1)報告');
  });
});
