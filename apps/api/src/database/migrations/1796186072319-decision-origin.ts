import { MigrationInterface, QueryRunner } from "typeorm";

export class DecisionOrigin1796186072319 implements MigrationInterface {
    name = 'DecisionOrigin1796186072319'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "assessment_reviews" ADD "decided_in_round" integer`);
        await queryRunner.query(`ALTER TABLE "assessment_reviews" ADD "decided_in_fiscal_year" smallint`);
        // Decisions carried before this column existed: a decision dated before its round was created came from an
        // earlier round, the latest one of the track already started when it was made; its fiscal year is that of
        // its date in Tokyo under the organization's year end (hand-written, after the generated statements).
        await queryRunner.query(`WITH carried AS (
            SELECT r."organization_id", r."assessment_id", r."question_id",
                   (SELECT max(p."round") FROM "assessments" p
                     WHERE p."organization_id" = a."organization_id" AND p."track" = a."track"
                       AND p."round" < a."round" AND p."created_at" <= r."reviewed_at") AS "round",
                   CASE
                     WHEN org."fiscal_year_end_month" = 12
                       OR EXTRACT(MONTH FROM r."reviewed_at" AT TIME ZONE 'Asia/Tokyo') > org."fiscal_year_end_month"
                     THEN EXTRACT(YEAR FROM r."reviewed_at" AT TIME ZONE 'Asia/Tokyo')
                     ELSE EXTRACT(YEAR FROM r."reviewed_at" AT TIME ZONE 'Asia/Tokyo') - 1
                   END AS "fiscal_year"
              FROM "assessment_reviews" r
              JOIN "assessments" a ON a."organization_id" = r."organization_id" AND a."id" = r."assessment_id"
              JOIN "organizations" org ON org."id" = a."organization_id"
             WHERE r."reviewed_at" < a."created_at")
          UPDATE "assessment_reviews" r
             SET "decided_in_round" = c."round", "decided_in_fiscal_year" = c."fiscal_year"
            FROM carried c
           WHERE r."organization_id" = c."organization_id" AND r."assessment_id" = c."assessment_id"
             AND r."question_id" = c."question_id" AND c."round" IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "assessment_reviews" DROP COLUMN "decided_in_fiscal_year"`);
        await queryRunner.query(`ALTER TABLE "assessment_reviews" DROP COLUMN "decided_in_round"`);
    }

}
