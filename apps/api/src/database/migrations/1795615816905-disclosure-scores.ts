import { MigrationInterface, QueryRunner } from "typeorm";

export class DisclosureScores1795615816905 implements MigrationInterface {
    name = 'DisclosureScores1795615816905'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "disclosure_scores" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "document_type" character varying(32) NOT NULL, "source" character varying(16) NOT NULL, "source_filename" character varying(255), "language" character varying(2) NOT NULL, "text" text NOT NULL, "result" jsonb NOT NULL, "overall" smallint NOT NULL, "grade" character varying(1) NOT NULL, "class" character varying(1) NOT NULL, "rubric_version" character varying(32) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d2cc8d86f83aa43327de5395bfb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_disclosure_scores_org_created" ON "disclosure_scores"  ("organization_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "disclosure_scores" ADD CONSTRAINT "FK_25ab0f25b17617d53fe8416a610" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "disclosure_scores" ADD CONSTRAINT "FK_a147d2c3c865e839c695a6b2940" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "disclosure_scores" DROP CONSTRAINT "FK_a147d2c3c865e839c695a6b2940"`);
        await queryRunner.query(`ALTER TABLE "disclosure_scores" DROP CONSTRAINT "FK_25ab0f25b17617d53fe8416a610"`);
        await queryRunner.query(`DROP INDEX "public"."ix_disclosure_scores_org_created"`);
        await queryRunner.query(`DROP TABLE "disclosure_scores"`);
    }

}
