import { sampleAnswers } from '@ipgn/assessment';
import { DEMO_ORGANIZATION } from '@ipgn/drafting';
import type { DataSource } from 'typeorm';
import type { Client, TestContext } from '../test-app';

/** Steps shared by the drafts integration specs. */
export const CG_SECTIONS = ['sp-3-1-3', 'sp-4-2-2'];

/** Rows of `table` that belong to `orgId`, counted straight in the database. */
export async function countRows(db: DataSource, table: string, orgId: string): Promise<number> {
  const rows = (await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE organization_id = $1`, [orgId])) as {
    n: number;
  }[];
  return rows[0].n;
}

/** A submitted listed round with every ladder at level 4 (the library's sample answers), seeded through the table. */
export async function completeListedAssessment(db: DataSource, owner: Client, orgId: string): Promise<string> {
  const started = await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'listed' });
  expect(started.status).toBe(201);
  const id = String(started.body.id);
  const answers = sampleAnswers('listed', 4, {
    listingStatus: DEMO_ORGANIZATION.listingStatus,
    companySize: DEMO_ORGANIZATION.companySize,
  });
  for (const [questionId, value] of Object.entries(answers)) {
    await db.query(
      `INSERT INTO assessment_answers (organization_id, assessment_id, question_id, value, version, answered_by, answered_at, source)
       VALUES ($1, $2, $3, $4::jsonb, 1, $5, now(), 'manual')`,
      [orgId, id, questionId, JSON.stringify(value), owner.user!.id],
    );
  }
  expect((await owner.post(`/api/orgs/${orgId}/assessments/${id}/submit`)).status).toBe(200);
  return id;
}

/** A new organization with the demo company's profile (name, listing, size, industry, fiscal year). */
export async function demoOrganization(ctx: TestContext): Promise<{ owner: Client; orgId: string }> {
  const { owner, orgId } = await ctx.newOrganization(DEMO_ORGANIZATION.legalNameJa);
  const profile = await owner.patch(`/api/orgs/${orgId}`, {
    legalNameEn: DEMO_ORGANIZATION.legalNameEn,
    listingStatus: DEMO_ORGANIZATION.listingStatus,
    companySize: DEMO_ORGANIZATION.companySize,
    industry: DEMO_ORGANIZATION.industry,
    fiscalYearEndMonth: DEMO_ORGANIZATION.fiscalYearEndMonth,
  });
  expect(profile.status).toBe(200);
  return { owner, orgId };
}
