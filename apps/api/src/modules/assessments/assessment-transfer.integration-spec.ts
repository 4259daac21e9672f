import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { BANK_VERSION, sampleAnswers, type AnswerValue } from '@ipgn/assessment';
import type request from 'supertest';
import type { Client } from '../../../test/test-app';
import { AssessmentAnswerEntity } from './entities/assessment-answer.entity';
import { AssessmentPlanningEntity } from './entities/assessment-planning.entity';
import { useTestApp } from '../../../test/support/use-test-app';

const PROFILE = { listingStatus: 'unlisted', companySize: 'sme' } as const;

function binary(req: request.Test): request.Test {
  return req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });
}

describe('assessment planning, export and import (HTTP, real database)', () => {
  const s = useTestApp();

  async function upload(client: Client, path: string, data: Buffer, name: string): Promise<request.Response> {
    const csrf = await client.refreshCsrf();
    return client.agent.post(path).set('x-csrf-token', csrf).set('accept-language', 'en').attach('file', data, name);
  }

  async function roundWithAnswers(
    owner: Client,
    orgId: string,
  ): Promise<{ id: string; answers: Record<string, AnswerValue> }> {
    const started = await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'listed' });
    expect(started.status).toBe(201);
    const id = started.body.id as string;
    const answers = sampleAnswers('listed', 2, PROFILE) as Record<string, AnswerValue>;
    for (const [questionId, value] of Object.entries(answers)) {
      const res = await owner.send('put', `/api/orgs/${orgId}/assessments/${id}/answers/${questionId}`, {
        value,
        expectedVersion: 0,
      });
      expect({ questionId, status: res.status }).toEqual({ questionId, status: 200 });
    }
    return { id, answers };
  }

  async function snapshot(assessmentId: string): Promise<string> {
    const answers = await s.t.db
      .getRepository(AssessmentAnswerEntity)
      .find({ where: { assessmentId }, order: { questionId: 'ASC' } });
    const planning = await s.t.db.getRepository(AssessmentPlanningEntity).find({ where: { assessmentId } });
    return JSON.stringify([
      answers.map((a) => [a.questionId, a.value, a.version]),
      planning.map((p) => [p.targets, p.scope, p.notes]),
    ]);
  }

  const planning = {
    targets: { questions: { 'm11.genai-policy': 4 }, modules: { m6: 3 } },
    scope: { modules: { m12: 'No standards activity' } },
    notes: { 'm6.board-oversight': { comment: '取締役会議事録', evidence: ['https://example.com/minutes.pdf'] } },
  };

  it('saves targets, scope and notes; results show current vs target and what was excluded; bad input is 400 and writes nothing', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const { id } = await roundWithAnswers(owner, orgId);
    const path = `/api/orgs/${orgId}/assessments/${id}/planning`;
    const saved = await owner.send('put', path, planning);
    expect(saved.status).toBe(200);
    expect(saved.body.scope.modules).toEqual({ m12: 'No standards activity' });
    expect((await owner.get(path)).body).toEqual(saved.body);

    const results = await owner.get(`/api/orgs/${orgId}/assessments/${id}/results`);
    expect(results.status).toBe(200);
    expect(results.body.byModule.map((m: { id: string }) => m.id)).not.toContain('m12');
    expect(results.body.excluded).toEqual([
      expect.objectContaining({ kind: 'module', id: 'm12', reason: 'No standards activity' }),
    ]);
    expect(results.body.targets).toContainEqual(expect.objectContaining({ dimension: 'module', id: 'm6', target: 75 }));

    const before = await snapshot(id);
    const bad = await owner.send('put', path, {
      targets: { questions: { 'm0.revenue': 2, 'm6.board-oversight': 9 } },
      scope: { modules: { m12: '' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('PLANNING_INVALID');
    expect(bad.body.fieldErrors ?? bad.body.errors).toBeDefined();
    expect(JSON.stringify(bad.body)).toContain('targets.questions.m0.revenue');
    expect(await snapshot(id)).toBe(before);

    const viewer = await s.ctx.newMember(owner, orgId, 'viewer');
    expect((await viewer.get(path)).status).toBe(200);
    expect((await viewer.send('put', path, planning)).status).toBe(403);
    const other = await s.ctx.newOrganization('別会社');
    expect((await other.owner.get(`/api/orgs/${other.orgId}/assessments/${id}/planning`)).status).toBe(404);
    expect(
      (await other.owner.send('put', `/api/orgs/${other.orgId}/assessments/${id}/planning`, planning)).status,
    ).toBe(404);
    expect((await other.owner.get(`/api/orgs/${other.orgId}/assessments/${id}/transfer.json`)).status).toBe(404);

    // Once submitted, the round's targets and scope are its record: a change is refused and writes nothing.
    expect((await owner.post(`/api/orgs/${orgId}/assessments/${id}/submit`)).status).toBe(200);
    const locked = await snapshot(id);
    const late = await owner.send('put', path, { ...planning, scope: { modules: {} } });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('ASSESSMENT_LOCKED');
    expect(await snapshot(id)).toBe(locked);
  });

  it('exports a round as JSON and XLSX and imports either into the next round: preview writes nothing, confirm writes the same content', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const { id, answers } = await roundWithAnswers(owner, orgId);
    expect((await owner.send('put', `/api/orgs/${orgId}/assessments/${id}/planning`, planning)).status).toBe(200);

    const json = await owner.get(`/api/orgs/${orgId}/assessments/${id}/transfer.json`);
    expect(json.status).toBe(200);
    const file = JSON.parse(json.text) as { bankVersion: string; answers: Record<string, AnswerValue>; notes: unknown };
    expect(file.bankVersion).toBe(BANK_VERSION);
    expect(file.answers).toEqual(answers);
    const xlsx = await binary(owner.agent.get(`/api/orgs/${orgId}/assessments/${id}/transfer.xlsx`));
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as ExcelJS.Buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['meta', 'questions', 'modules']);

    expect((await owner.post(`/api/orgs/${orgId}/assessments/${id}/submit`)).status).toBe(200);
    // Importing into a submitted round is refused.
    expect(
      (await upload(owner, `/api/orgs/${orgId}/assessments/${id}/import/preview`, Buffer.from(json.text), 'a.json'))
        .status,
    ).toBe(409);

    const next = await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'listed' });
    const nextId = next.body.id as string;
    // Clear the copied answers so the import alone must bring them back.
    await s.t.db.getRepository(AssessmentAnswerEntity).delete({ assessmentId: nextId });
    const empty = await snapshot(nextId);

    for (const [data, name] of [
      [xlsx.body as Buffer, 'round.xlsx'],
      [Buffer.from(json.text), 'round.json'],
    ] as const) {
      const preview = await upload(owner, `/api/orgs/${orgId}/assessments/${nextId}/import/preview`, data, name);
      expect(preview.status).toBe(200);
      expect(preview.body.notImportable).toEqual([]);
      expect(preview.body.mapped).toHaveLength(Object.keys(answers).length);
      expect(preview.body.payload.answers).toEqual(answers);
      expect(await snapshot(nextId)).toBe(empty);
    }

    const confirmed = await upload(
      owner,
      `/api/orgs/${orgId}/assessments/${nextId}/import`,
      xlsx.body as Buffer,
      'round.xlsx',
    );
    expect(confirmed.status).toBe(200);
    const after = await owner.get(`/api/orgs/${orgId}/assessments/${nextId}/transfer.json`);
    const imported = JSON.parse(after.text) as typeof file & { targets: unknown; scope: unknown };
    expect(imported.answers).toEqual(file.answers);
    expect(imported.notes).toEqual(file.notes);
    expect(imported.targets).toEqual(JSON.parse(json.text).targets);
    expect(imported.scope).toEqual(JSON.parse(json.text).scope);
    const rows = await s.t.db.getRepository(AssessmentAnswerEntity).find({ where: { assessmentId: nextId } });
    expect(rows.every((r) => r.source === 'import')).toBe(true);
  });

  it('refuses bad files with a clear 4xx and writes nothing: wrong type, wrong bank, broken cells, a zip bomb, too large', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const { id } = await roundWithAnswers(owner, orgId);
    const json = JSON.parse((await owner.get(`/api/orgs/${orgId}/assessments/${id}/transfer.json`)).text) as Record<
      string,
      unknown
    >;
    const xlsx = (await binary(owner.agent.get(`/api/orgs/${orgId}/assessments/${id}/transfer.xlsx`))).body as Buffer;
    const path = `/api/orgs/${orgId}/assessments/${id}/import`;
    const before = await snapshot(id);

    const expectRefused = async (
      data: Buffer,
      name: string,
      status: number,
      field: string,
      code: string,
    ): Promise<void> => {
      const started = Date.now();
      const res = await upload(owner, path, data, name);
      expect({ name, status: res.status }).toEqual({ name, status });
      expect(JSON.stringify(res.body)).toContain(field);
      expect(JSON.stringify(res.body)).toContain(code);
      expect(typeof res.body.message).toBe('string');
      expect(Date.now() - started).toBeLessThan(5000);
      expect(await snapshot(id)).toBe(before);
    };

    await expectRefused(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), 'image.png', 400, 'file', 'fileUnreadable');
    await expectRefused(
      Buffer.from(JSON.stringify({ ...json, bankVersion: '1999.01-1' })),
      'old.json',
      400,
      'bankVersion',
      'unknownBankVersion',
    );
    await expectRefused(Buffer.from(JSON.stringify({ ...json, format: 'x' })), 'x.json', 400, 'format', 'wrongFormat');
    await expectRefused(Buffer.from(JSON.stringify({ ...json, track: 'sme' })), 'sme.json', 400, 'track', 'wrongTrack');

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('questions');
    if (!sheet) throw new Error('questions sheet missing');
    sheet.getCell('F3').value = 'high';
    await expectRefused(Buffer.from(await book.xlsx.writeBuffer()), 'broken.xlsx', 400, 'questions!F3', 'brokenCell');
    sheet.getCell('F3').value = { formula: '1+1', result: 2 };
    await expectRefused(Buffer.from(await book.xlsx.writeBuffer()), 'formula.xlsx', 400, 'questions!F3', 'brokenCell');

    // 64 MB of zeros compress to a few tens of KB: refused before it is inflated.
    const bomb = Buffer.from(zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 }));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expectRefused(bomb, 'bomb.xlsx', 400, 'file', 'fileUnreadable');
    await expectRefused(Buffer.alloc(1024 * 1024 + 10, 0x20), 'big.json', 413, 'file', 'PAYLOAD_TOO_LARGE');
    const csrf = await owner.refreshCsrf();
    const missing = await owner.agent.post(path).set('x-csrf-token', csrf).field('note', 'no file');
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('FILE_REQUIRED');
    expect(await snapshot(id)).toBe(before);
  });
});
