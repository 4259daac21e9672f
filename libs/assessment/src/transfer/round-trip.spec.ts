import fc from 'fast-check';
import { AnswerValue } from '../bank/answer';
import { Question } from '../bank/question';
import { BANK_VERSION } from '../bank/bank-version';
import { SUPPORTED_BANK_VERSIONS, getBank, questionsForTrack } from '../bank/question-bank';
import { Track } from '../bank/track';
import { isScorable } from '../scoring/answer-maturity';
import { QuestionNote } from '../planning/question-note';
import { defined } from '../testing/defined';
import { AssessmentTransfer, TransferDecision } from './assessment-transfer';
import { buildTransfer } from './build-transfer';
import { previewImport } from './preview-import';
import { sheetsToTransfer, transferToSheets } from './transfer-sheets';

const level = fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const, 4 as const);
const nonBlank = (max: number): fc.Arbitrary<string> =>
  fc
    .string({ minLength: 1, maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
const url = fc.webUrl({ withQueryParameters: true }).filter((u) => u.length <= 2048 && !/\s/.test(u));

function answerArb(q: Question): fc.Arbitrary<AnswerValue> {
  switch (q.type) {
    case 'maturity':
      return level;
    case 'single':
      return fc.constantFrom(...q.options.map((o) => o.id));
    case 'multiple': {
      const inclusive = q.options.filter((o) => !o.exclusive).map((o) => o.id);
      const exclusive = q.options.filter((o) => o.exclusive).map((o) => [o.id]);
      const subsets = fc.subarray(inclusive, { minLength: 1 });
      return exclusive.length > 0 ? fc.oneof(subsets, fc.constantFrom(...exclusive)) : subsets;
    }
    case 'number':
      return q.integer
        ? fc.integer({ min: q.min, max: Math.min(q.max, 1_000_000) })
        : fc.double({ min: q.min, max: q.max, noNaN: true, noDefaultInfinity: true });
    case 'currency':
      return fc.integer({ min: Math.max(q.min, -1_000_000), max: 1_000_000 });
    case 'percentage':
      return fc
        .double({ min: q.min, max: q.max, noNaN: true, noDefaultInfinity: true })
        .map((v) => (Object.is(v, -0) ? 0 : v));
    case 'text':
      return nonBlank(Math.min(q.maxLength, 40));
    case 'evidence':
      return url;
  }
}

/** Any round: any track and supported version, any subset of valid answers, targets, scope and notes. */
const roundArb: fc.Arbitrary<AssessmentTransfer> = fc
  .tuple(fc.constantFrom<Track>('listed', 'sme'), fc.constantFrom(...SUPPORTED_BANK_VERSIONS))
  .chain(([track, bankVersion]) => {
    const bank = defined(getBank(bankVersion));
    const questions = questionsForTrack(track, bankVersion);
    const scorable = questions.filter(isScorable);
    const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 2 });
    const record = <T>(ids: readonly string[], arb: (id: string) => fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> =>
      fc.tuple(...ids.map((id) => opt(arb(id)))).map((values) => {
        const out: Record<string, T> = {};
        ids.forEach((id, i) => {
          const v = values[i];
          if (v !== undefined) out[id] = v;
        });
        return out;
      });
    const byId = new Map(questions.map((q) => [q.id, q]));
    const note: fc.Arbitrary<QuestionNote> = fc
      .record({ comment: opt(nonBlank(60)), evidence: opt(fc.array(url, { minLength: 1, maxLength: 3 })) })
      .filter((n) => n.comment !== undefined || n.evidence !== undefined)
      .map((n) => ({
        ...(n.comment !== undefined ? { comment: n.comment } : {}),
        ...(n.evidence !== undefined ? { evidence: n.evidence } : {}),
      }));
    // Who decided, when, accepted or returned, and the reviewer's evidence note ('' when none was written).
    // A decision carried in from an earlier round names that round and fiscal year (decidedIn); others have none.
    const decision: fc.Arbitrary<TransferDecision> = fc.record(
      {
        decision: fc.constantFrom('accepted' as const, 'returned' as const),
        comment: fc.oneof(fc.constant(''), nonBlank(80)),
        reviewedBy: fc.option(nonBlank(40), { nil: null }),
        reviewedAt: fc
          .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
          .map((d) => d.toISOString()),
        current: fc.boolean(),
        decidedIn: fc.record({
          round: fc.integer({ min: 1, max: 50 }),
          fiscalYear: fc.integer({ min: 2019, max: 2030 }),
        }),
      },
      { requiredKeys: ['decision', 'comment', 'reviewedBy', 'reviewedAt', 'current'] },
    );
    return fc
      .record({
        decisions: record(
          questions.map((q) => q.id),
          () => decision,
        ),
        answers: record(
          questions.map((q) => q.id),
          (id) => answerArb(defined(byId.get(id))),
        ),
        qTargets: record(
          scorable.map((q) => q.id),
          () => level,
        ),
        mTargets: record(
          bank.modules.map((m) => m.id),
          () => level,
        ),
        qScope: record(
          questions.map((q) => q.id),
          () => nonBlank(30),
        ),
        mScope: record(
          bank.modules.map((m) => m.id),
          () => nonBlank(30),
        ),
        notes: record(
          questions.map((q) => q.id),
          () => note,
        ),
        round: fc.integer({ min: 1, max: 50 }),
      })
      .map((r) =>
        buildTransfer({
          bankVersion,
          track,
          round: r.round,
          status: 'submitted',
          answers: r.answers,
          targets: { questions: r.qTargets, modules: r.mTargets },
          scope: { questions: r.qScope, modules: r.mScope },
          notes: r.notes,
          decisions: r.decisions,
          exportedAt: '2026-12-01T00:00:00.000Z',
        }),
      );
  });

function expectSameContent(file: AssessmentTransfer, into: string, viaSheets: boolean): void {
  const raw: unknown = viaSheets
    ? (sheetsToTransfer(transferToSheets(file)) as { ok: true; value: unknown }).value
    : JSON.parse(JSON.stringify(file));
  const result = previewImport(raw, { track: file.track, bankVersion: into });
  if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.error)}`);
  const { payload, notImportable, mapped } = result.preview;
  expect(notImportable).toEqual([]);
  expect(payload.answers).toEqual(file.answers);
  expect(payload.targets).toEqual(file.targets);
  expect(payload.scope).toEqual(file.scope);
  expect(payload.notes).toEqual(file.notes);
  expect(payload.priorDecisions).toEqual(file.decisions);
  expect(mapped.every((m) => !m.renamed)).toBe(true);
}

function expectOnlyRetiredLeftOut(file: AssessmentTransfer): void {
  const current = new Set(questionsForTrack(file.track).map((q) => q.id));
  const result = previewImport(JSON.parse(JSON.stringify(file)), { track: file.track, bankVersion: BANK_VERSION });
  if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.error)}`);
  const { payload, notImportable } = result.preview;
  for (const item of notImportable) expect({ item, asked: current.has(item.id) }).toEqual({ item, asked: false });
  expect(Object.keys(payload.answers).every((id) => current.has(id))).toBe(true);
  const kept = (ids: readonly string[]) => ids.filter((id) => current.has(id)).sort();
  expect(Object.keys(payload.answers).sort()).toEqual(kept(Object.keys(file.answers)));
  expect(Object.keys(payload.notes).sort()).toEqual(kept(Object.keys(file.notes)));
  expect(Object.keys(payload.priorDecisions).sort()).toEqual(kept(Object.keys(file.decisions ?? {})));
}

describe('export → import round trip (property)', () => {
  it('gives the same answers, targets, scope, notes and validation decisions through JSON, into the same and the current version', () => {
    fc.assert(
      fc.property(roundArb, (file) => {
        expectSameContent(file, file.bankVersion, false);
        // The SME track was rewritten in 2026.12-1: an older SME round keeps only what the new track still asks.
        if (file.track === 'listed' || file.bankVersion === BANK_VERSION) expectSameContent(file, BANK_VERSION, false);
        else expectOnlyRetiredLeftOut(file);
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same through the XLSX sheet model', () => {
    fc.assert(
      fc.property(roundArb, (file) => {
        expectSameContent(file, file.bankVersion, true);
      }),
      { numRuns: 60 },
    );
  });

  it('writes numbers as number cells (levels, amounts, targets) and other answers as JSON text', () => {
    fc.assert(
      fc.property(roundArb, (file) => {
        const sheets = transferToSheets(file);
        for (const row of sheets.questions.slice(1)) {
          const answer = file.answers[String(row[0])];
          if (answer === undefined) expect(row[4]).toBeNull();
          else if (typeof answer === 'number') expect(row[4]).toBe(answer);
          else expect(row[4]).toBe(JSON.stringify(answer));
          expect(row[5] === null || typeof row[5] === 'number').toBe(true);
        }
        for (const row of sheets.modules.slice(1)) expect(row[3] === null || typeof row[3] === 'number').toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});

describe('import across versions and bad files', () => {
  const base = buildTransfer({
    bankVersion: '2026.11-1',
    track: 'listed',
    round: 1,
    status: 'submitted',
    answers: {
      'm6.legacy-oversight': 3,
      'm1.inventory': 2,
      'm99.gone': 1,
      'm10.why-customers-choose': ['technology'],
      'm6.board-oversight': 9,
    },
    targets: { questions: { 'm6.legacy-oversight': 4, 'm9.nope': 2 }, modules: { m6: 3 } },
    scope: { modules: { m7: 'No disclosure yet' }, questions: {} },
    notes: { 'm6.legacy-oversight': { comment: 'see minutes', evidence: ['https://example.com/minutes.pdf'] } },
    exportedAt: '2026-12-01T00:00:00.000Z',
  });
  const renames = [{ from: 'm6.legacy-oversight', to: 'm6.cross-functional', since: '2026.12-1' }];

  it('maps renamed questions into a later version and lists what cannot be imported', () => {
    const r = previewImport(base, { track: 'listed', bankVersion: BANK_VERSION }, renames);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.preview.mapped).toContainEqual({
      from: 'm6.legacy-oversight',
      to: 'm6.cross-functional',
      renamed: true,
      changed: true,
    });
    expect(r.preview.payload.answers['m6.cross-functional']).toBe(3);
    expect(r.preview.payload.targets.questions).toEqual({ 'm6.cross-functional': 4 });
    expect(r.preview.payload.notes['m6.cross-functional']?.evidence).toEqual(['https://example.com/minutes.pdf']);
    expect(r.preview.notImportable).toEqual(
      expect.arrayContaining([
        { part: 'answer', id: 'm99.gone', reason: 'unknown-question' },
        { part: 'answer', id: 'm10.why-customers-choose', reason: 'not-in-track' },
        { part: 'answer', id: 'm6.board-oversight', reason: 'out-of-range' },
        { part: 'target', id: 'm9.nope', reason: 'invalid' },
      ]),
    );
    // The rename does not apply within the same version.
    const same = previewImport(base, { track: 'listed', bankVersion: '2026.11-1' }, renames);
    expect(same.ok && same.preview.notImportable.some((n) => n.id === 'm6.legacy-oversight')).toBe(true);
  });

  it('keeps decisions as history under renamed ids, lists bad ones, and reads files written before decisions existed', () => {
    const decided: TransferDecision = {
      decision: 'accepted',
      comment: '議事録で確認',
      reviewedBy: '監査役 山田',
      reviewedAt: '2026-03-10T09:00:00.000Z',
      current: true,
    };
    const file = {
      ...base,
      decisions: {
        'm6.legacy-oversight': decided,
        'm99.gone': decided,
        'm1.inventory': { ...decided, decision: 'maybe' },
        'm6.board-discussions': { ...decided, reviewedAt: 'yesterday' },
      },
    };
    const r = previewImport(JSON.parse(JSON.stringify(file)), { track: 'listed', bankVersion: BANK_VERSION }, renames);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.preview.payload.priorDecisions).toEqual({ 'm6.cross-functional': decided });
    expect(r.preview.notImportable).toEqual(
      expect.arrayContaining([
        { part: 'decision', id: 'm99.gone', reason: 'unknown-question' },
        { part: 'decision', id: 'm1.inventory', reason: 'invalid-decision' },
        { part: 'decision', id: 'm6.board-discussions', reason: 'invalid-date' },
      ]),
    );
    // A file from before decisions were exported: no section, no column — nothing to keep, nothing refused.
    const older: Record<string, unknown> = JSON.parse(JSON.stringify(base));
    delete older['decisions'];
    const old = previewImport(older, { track: 'listed', bankVersion: '2026.11-1' });
    expect(old.ok && old.preview.payload.priorDecisions).toEqual({});
    const sheets = transferToSheets({ ...base, bankVersion: BANK_VERSION });
    const nineColumns = { ...sheets, questions: sheets.questions.map((row) => row.slice(0, 9)) };
    const read = sheetsToTransfer(nineColumns);
    expect(read.ok && read.value['decisions']).toEqual({});
    // Sheets written before origins were exported (fourteen columns) keep their decisions, without an origin.
    const origin = { round: 1, fiscalYear: 2025 };
    const carried = transferToSheets({
      ...base,
      bankVersion: BANK_VERSION,
      decisions: { 'm1.inventory': { ...decided, decidedIn: origin } },
    });
    expect(carried.questions[0]?.slice(14)).toEqual(['decided_in_round', 'decided_in_fiscal_year']);
    const fourteen = sheetsToTransfer({ ...carried, questions: carried.questions.map((r) => r.slice(0, 14)) });
    expect(fourteen.ok && fourteen.value['decisions']).toEqual({ 'm1.inventory': decided });
    // An origin typed as text still reads; one that is no round or year is listed, the rest imports.
    const typed = sheetsToTransfer({
      ...carried,
      questions: carried.questions.map((r) => (r[0] === 'm1.inventory' ? [...r.slice(0, 14), '1', '2025'] : r)),
    });
    const typedRaw = typed.ok ? typed.value : {};
    const typedPreview = previewImport(typedRaw, { track: 'listed', bankVersion: BANK_VERSION });
    expect(typedPreview.ok && typedPreview.preview.payload.priorDecisions['m1.inventory']?.decidedIn).toEqual(origin);
    const badOrigin = previewImport(
      { ...JSON.parse(JSON.stringify(file)), decisions: { 'm1.inventory': { ...decided, decidedIn: { round: 0 } } } },
      { track: 'listed', bankVersion: '2026.11-1' },
    );
    expect(badOrigin.ok && badOrigin.preview.notImportable).toContainEqual({
      part: 'decision',
      id: 'm1.inventory',
      reason: 'invalid-origin',
    });
    expect(badOrigin.ok && Object.keys(badOrigin.preview.payload.answers).length).toBeGreaterThan(0);
    // A decision row whose "on this answer" cell means nothing refuses the sheet with its address.
    const withDecision = transferToSheets({
      ...base,
      bankVersion: BANK_VERSION,
      decisions: { 'm1.inventory': decided },
    });
    const row = withDecision.questions.findIndex((r) => r[0] === 'm1.inventory');
    const broken = {
      ...withDecision,
      questions: withDecision.questions.map((r, i) => (i === row ? r.map((c, j) => (j === 13 ? 'perhaps' : c)) : r)),
    };
    expect(sheetsToTransfer(broken)).toEqual({
      ok: false,
      error: { code: 'broken-cell', at: `questions!N${row + 1}` },
    });
  });

  it('refuses wrong type, wrong format, unknown or newer bank, wrong track and broken sections', () => {
    const into = { track: 'listed' as const, bankVersion: '2026.11-1' };
    const code = (raw: unknown, target = into): string | null => {
      const r = previewImport(raw, target);
      return r.ok ? null : r.error.code;
    };
    expect(code('hello')).toBe('not-an-object');
    expect(code([base])).toBe('not-an-object');
    expect(code({ ...base, format: 'other' })).toBe('wrong-format');
    expect(code({ ...base, formatVersion: 2 })).toBe('unsupported-format-version');
    expect(code({ ...base, bankVersion: '1999.01-1' })).toBe('unknown-bank-version');
    expect(code({ ...base, bankVersion: BANK_VERSION })).toBe('newer-bank-version');
    expect(code({ ...base, track: 'sme' })).toBe('wrong-track');
    expect(code({ ...base, answers: [1, 2] })).toBe('invalid-field');
  });

  it('refuses broken cells in the sheet model with their address', () => {
    const sheets = transferToSheets({ ...base, bankVersion: BANK_VERSION });
    const broken = {
      ...sheets,
      questions: sheets.questions.map((row, i) => (i === 3 ? row.map((c, j) => (j === 5 ? 'high' : c)) : row)),
    };
    expect(sheetsToTransfer(broken)).toEqual({ ok: false, error: { code: 'broken-cell', at: 'questions!F4' } });
    const badHeader = { ...sheets, modules: [['x'], ...sheets.modules.slice(1)] };
    expect(sheetsToTransfer(badHeader)).toEqual({ ok: false, error: { code: 'broken-cell', at: 'modules!A1' } });
    const noId = { ...sheets, questions: [...sheets.questions, [null, null, null, null, '3']] };
    expect(sheetsToTransfer(noId)).toMatchObject({ ok: false, error: { code: 'broken-cell' } });
  });
});
