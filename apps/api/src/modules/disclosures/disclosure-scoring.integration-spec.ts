import type { DisclosureScore, DisclosureComparison, DisclosureRubric } from '@ipgn/disclosure-scoring';
import { WEAK_JA, STRONG_JA, STRONG_EN, useDisclosureSuite } from '../../../test/support/disclosure-steps';
import { DisclosureScoreEntity } from './entities/disclosure-score.entity';
import { gradeBasisOf } from '../../common/scoring/grade-basis';

describe('disclosures: the rubric, scoring pasted text, comparing versions (HTTP, real database)', () => {
  const suite = useDisclosureSuite();

  it('serves the rubric publicly: every criterion with four level descriptions in both languages, headings and limits', async () => {
    const res = await suite.s.ctx.client().get('/api/disclosure-rubric');
    expect(res.status).toBe(200);
    const rubric = res.body as DisclosureRubric;
    expect(rubric.rubricVersion).toMatch(/\S/);
    expect(rubric.criteria.length).toBeGreaterThanOrEqual(12);
    for (const c of rubric.criteria) {
      expect(c.levels).toHaveLength(4);
      expect(c.name.ja).toMatch(/\S/);
      expect(c.name.en).toMatch(/\S/);
      expect(rubric.vcgHeadings.map((h) => h.id)).toContain(c.vcgHeading);
    }
    expect(rubric.documentTypes).toEqual(
      expect.arrayContaining(['cg_report', 'integrated_report', 'securities_report', 'ip_report', 'other']),
    );
    expect(rubric.limits.maxUploadBytes).toBe(5 * 1024 * 1024);
  });

  it('scores pasted Japanese text, saves it with the full result, and a weak text scores far below a concrete one', async () => {
    const before = await suite.countRows();
    const weak = await suite.paste(WEAK_JA);
    const strong = await suite.paste(STRONG_JA);
    expect(await suite.countRows()).toBe(before + 2);

    expect(weak.language).toBe('ja');
    expect(weak.source).toBe('paste');
    expect(weak.text).toBe(WEAK_JA);
    expect(weak.createdBy?.userId).toBe(suite.owner.user?.id);
    expect(strong.overall).toBeGreaterThan(weak.overall + 40);
    // Grades are bands of the calibration table: a stronger text never gets a worse letter.
    expect(strong.grade <= weak.grade).toBe(true);
    // JPX400's floor check, for CG-report entries only (this is one).
    expect(strong.class).toBe('〇');
    expect(weak.class).not.toBe('〇');
    const result: DisclosureScore = strong.result;
    expect(result.overall).toBe(strong.overall);
    expect(result.scorerVersion).toBe('v2');
    expect(result.criteria.map((c) => c.id)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7']);
    expect(result.chains.length).toBeGreaterThan(0);
    expect(result.sentences.map((s) => s.role)).toContain('mechanism');
    expect(result.calibration.interval).toHaveLength(2);
    // What the grade stands for, derived once from the stored calibration: the band the score is in, with counts.
    expect(strong.gradeBasis).toEqual(gradeBasisOf(result.calibration));
    expect(strong.gradeBasis?.min).toBeLessThanOrEqual(strong.overall);
    expect(strong.gradeBasis?.max).toBeGreaterThanOrEqual(strong.overall);
    // The history lists carry the same basis for every entry (cut out of the stored results in SQL).
    const history = await suite.owner.get(suite.base());
    const listed = (history.body.items as { id: string; gradeBasis: unknown }[]).find((d) => d.id === strong.id);
    expect(listed?.gradeBasis).toEqual(strong.gradeBasis);
    // Every point is backed by a span of the saved text.
    const linked = result.criteria.find((c) => c.key === 'business-and-asset');
    expect(linked?.score).toBeGreaterThanOrEqual(2);
    for (const span of linked?.evidence ?? []) expect(strong.text.slice(span.start, span.end)).toBe(span.text);
    expect(weak.result.suggestions.length).toBeGreaterThan(0);

    const row = await suite.s.t.db.getRepository(DisclosureScoreEntity).findOneByOrFail({ id: strong.id });
    expect(row.organizationId).toBe(suite.orgId);
    expect(row.overall).toBe(strong.overall);
    expect(row.rubricVersion).toBe(result.rubricVersion);
  });

  it("never counts the organization's own name as specific content", async () => {
    const withName = await suite.paste(STRONG_JA.replace('当社の電池材料事業', '開示評価テスト株式会社の電池材料事業'));
    const plain = await suite.paste(STRONG_JA);
    expect(withName.overall).toBe(plain.overall);
    expect(withName.result.companyNames).toEqual(expect.arrayContaining(['開示評価テスト株式会社']));
  });

  it("never counts the name of the company whose text it is, when an analyst gives it with another company's text", async () => {
    // Our own English sentence about an invented company that the text names without any suffix, as a product would be.
    // Nothing else in it is named (since v2.37 "patents on sealed lamp housings" would name an asset of its own).
    const text = 'To realise the Harbor Lights materiality, we will file more patents and raise replacement sales.';
    const unnamed = await suite.paste(text, { documentType: 'integrated_report' });
    const named = await suite.paste(text, { companyName: 'Harbor Lights', documentType: 'integrated_report' });
    const spans = (r: typeof named) => r.result.sentences.flatMap((s) => s.spans.map((x) => x.text.toLowerCase()));
    expect(spans(unnamed)).toContain('harbor lights');
    expect(named.result.companyNames).toEqual(expect.arrayContaining(['harbor lights']));
    expect(spans(named)).not.toContain('harbor lights');
    expect(named.overall).toBeLessThan(unnamed.overall);
    // Too long a name is refused beside the field, and nothing is saved.
    const before = await suite.countRows();
    const res = await suite.owner.post(suite.base(), {
      title: 'x',
      documentType: 'other',
      text,
      companyName: 'あ'.repeat(121),
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('companyName');
    expect(await suite.countRows()).toBe(before);
  });

  it('scores English text, detects the language, and honours an explicit language', async () => {
    const en = await suite.paste(STRONG_EN, { documentType: 'integrated_report' });
    expect(en.language).toBe('en');
    // Only CG-report entries get the 〇/△/✕ floor check.
    expect(en.class).toBeNull();
    expect(en.result.cgFloorCheck).toBeNull();
    expect(en.overall).toBeGreaterThan(30);
    const forced = await suite.paste(STRONG_EN, { language: 'en' });
    expect(forced.overall).toBe(en.overall);
  });

  it('compares two versions: per-criterion delta, overall delta and a sentence diff', async () => {
    const weak = await suite.paste(WEAK_JA);
    const strong = await suite.paste(`${WEAK_JA}${STRONG_JA}`);
    const res = await suite.owner.get(`${suite.base()}/${weak.id}/compare/${strong.id}`);
    expect(res.status).toBe(200);
    const cmp = res.body as DisclosureComparison;
    expect(cmp.from.id).toBe(weak.id);
    expect(cmp.to.id).toBe(strong.id);
    expect(cmp.overallDelta).toBe(strong.overall - weak.overall);
    expect(cmp.overallDelta).toBeGreaterThan(0);
    expect(cmp.criteria.length).toBe(strong.result.criteria.length);
    for (const c of cmp.criteria) {
      const a = weak.result.criteria.find((x) => x.id === c.id);
      const b = strong.result.criteria.find((x) => x.id === c.id);
      // Nothing to judge (WEAK_JA makes no claims: L7) has no difference with a level.
      const notJudged = a?.notApplicable === true || b?.notApplicable === true;
      expect(c.delta).toBe(notJudged ? null : (b?.score ?? 0) - (a?.score ?? 0));
    }
    expect(cmp.criteria.some((c) => (c.delta ?? 0) > 0)).toBe(true);
    expect(cmp.textDiff[0]).toEqual({ op: 'equal', sentences: [WEAK_JA] });
    const added = cmp.textDiff.filter((c) => c.op === 'added').flatMap((c) => c.sentences);
    expect(added.join('')).toBe(STRONG_JA);
    expect(cmp.textDiff.some((c) => c.op === 'removed')).toBe(false);
    expect(cmp.textDiffApproximate).toBe(false);

    // Without a period in either document, the one scored first is the older: the path order does not matter…
    const reordered = await suite.owner.get(`${suite.base()}/${strong.id}/compare/${weak.id}`);
    expect([reordered.body.from.id, reordered.body.to.id, reordered.body.order]).toEqual([
      weak.id,
      strong.id,
      'document',
    ]);
    // …unless the swap button asks for the path's order.
    const back = await suite.owner.get(`${suite.base()}/${strong.id}/compare/${weak.id}?order=given`);
    expect([back.body.from.id, back.body.order]).toEqual([strong.id, 'given']);
    expect(back.body.overallDelta).toBe(-cmp.overallDelta);
    expect((await suite.owner.get(`${suite.base()}/${strong.id}/compare/${weak.id}?order=newest`)).status).toBe(400);
  });

  it('compares nothing to judge with a level as a mark on its side, not as a difference', async () => {
    // A text with no claims: the scorer has nothing for L7 (substitution) to judge.
    const none = await suite.paste(WEAK_JA);
    const l7Of = (r: DisclosureScore) => r.criteria.find((c) => c.key === 'substitution');
    expect(l7Of(none.result)).toMatchObject({ score: 0, notApplicable: true });
    const claims = await suite.paste(`${WEAK_JA}${STRONG_JA}`);
    const judged = l7Of(claims.result);
    expect(judged?.notApplicable).toBeUndefined();

    const forward = (await suite.owner.get(`${suite.base()}/${none.id}/compare/${claims.id}`))
      .body as DisclosureComparison;
    expect(forward.from.id).toBe(none.id);
    const row = forward.criteria.find((c) => c.key === 'substitution');
    expect(row).toEqual({
      id: 'L7',
      key: 'substitution',
      name: judged?.name,
      from: 0,
      to: judged?.score,
      delta: null,
      fromNotApplicable: true,
    });
    // The other criteria still have their difference, and only the side with nothing to judge carries the mark.
    for (const c of forward.criteria.filter((x) => x.key !== 'substitution')) {
      expect(c.delta).toBe((c.to ?? 0) - (c.from ?? 0));
      expect(c).not.toHaveProperty('fromNotApplicable');
      expect(c).not.toHaveProperty('toNotApplicable');
    }

    const back = (await suite.owner.get(`${suite.base()}/${claims.id}/compare/${none.id}?order=given`))
      .body as DisclosureComparison;
    expect(back.criteria.find((c) => c.key === 'substitution')).toMatchObject({
      from: judged?.score,
      to: 0,
      delta: null,
      toNotApplicable: true,
    });
    const both = (await suite.owner.get(`${suite.base()}/${none.id}/compare/${none.id}`)).body as DisclosureComparison;
    expect(both.criteria.find((c) => c.key === 'substitution')).toMatchObject({
      delta: null,
      fromNotApplicable: true,
      toNotApplicable: true,
    });
  });

  it('puts the document of the earlier period on the left, whatever order they were scored in', async () => {
    const newer = await suite.paste(`${WEAK_JA}${STRONG_JA}`, { title: 'CG報告書 2026年3月期' });
    const older = await suite.paste(WEAK_JA, { title: 'CG報告書 2025年3月期' });
    for (const [a, b] of [
      [newer.id, older.id],
      [older.id, newer.id],
    ]) {
      const res = await suite.owner.get(`${suite.base()}/${a}/compare/${b}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        from: { id: older.id },
        to: { id: newer.id },
        fromPeriod: { year: 2025, month: 3, source: 'title' },
        toPeriod: { year: 2026, month: 3, source: 'title' },
        overallDelta: newer.overall - older.overall,
      });
    }
  });
});
