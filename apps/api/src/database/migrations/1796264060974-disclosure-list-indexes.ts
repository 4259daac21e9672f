import { MigrationInterface, QueryRunner } from "typeorm";

export class DisclosureListIndexes1796264060974 implements MigrationInterface {
    name = 'DisclosureListIndexes1796264060974'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // The disclosure history's two orders, read backwards within an organization (a page stops after offset +
        // limit rows): newest (created_at, id) replaces (created_at), of which it is an extension; score
        // (overall, created_at, id) is new.
        await queryRunner.query(`DROP INDEX "public"."ix_disclosure_scores_org_created"`);
        await queryRunner.query(`CREATE INDEX "ix_disclosure_scores_org_score" ON "disclosure_scores"  ("organization_id", "overall", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_disclosure_scores_org_newest" ON "disclosure_scores"  ("organization_id", "created_at", "id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_disclosure_scores_org_newest"`);
        await queryRunner.query(`DROP INDEX "public"."ix_disclosure_scores_org_score"`);
        await queryRunner.query(`CREATE INDEX "ix_disclosure_scores_org_created" ON "disclosure_scores" USING btree ("organization_id", "created_at") `);
    }

}
