import { MigrationInterface, QueryRunner } from "typeorm";

export class DisclosureChecks1796266002679 implements MigrationInterface {
    name = 'DisclosureChecks1796266002679'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "disclosure_checks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "submission_id" uuid, "title" character varying(200) NOT NULL, "company_name" character varying(120), "document_type" character varying(32) NOT NULL, "source" character varying(16) NOT NULL, "source_filename" character varying(255), "language" character varying(2) NOT NULL, "text" text NOT NULL, "result" jsonb NOT NULL, "overall" smallint NOT NULL, "grade" character varying(1) NOT NULL, "class" character varying(1), "rubric_version" character varying(32) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f944b9cdf70ffa7b09cb2e1a325" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_disclosure_checks_user_submission" ON "disclosure_checks"  ("user_id", "submission_id") `);
        await queryRunner.query(`CREATE INDEX "ix_disclosure_checks_user_newest" ON "disclosure_checks"  ("user_id", "created_at", "id") `);
        await queryRunner.query(`ALTER TABLE "disclosure_checks" ADD CONSTRAINT "FK_7913f05be3a3aac94f99761a736" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "disclosure_checks" DROP CONSTRAINT "FK_7913f05be3a3aac94f99761a736"`);
        await queryRunner.query(`DROP INDEX "public"."ix_disclosure_checks_user_newest"`);
        await queryRunner.query(`DROP INDEX "public"."uq_disclosure_checks_user_submission"`);
        await queryRunner.query(`DROP TABLE "disclosure_checks"`);
    }

}
