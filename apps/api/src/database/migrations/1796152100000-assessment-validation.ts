import { MigrationInterface, QueryRunner } from "typeorm";

export class AssessmentValidation1796152100000 implements MigrationInterface {
  name = "AssessmentValidation1796152100000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "assessment_reviews" ("organization_id" uuid NOT NULL, "assessment_id" uuid NOT NULL, "question_id" character varying(80) NOT NULL, "decision" character varying(16) NOT NULL, "comment" text NOT NULL DEFAULT '', "answer_version" integer NOT NULL, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_01c1ef6aee7cbd4957dc5baab69" PRIMARY KEY ("organization_id", "assessment_id", "question_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD "validation_requested_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_reviews" ADD CONSTRAINT "FK_7feb056bc0ed2661533a6b8a498" FOREIGN KEY ("assessment_id", "organization_id") REFERENCES "assessments"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_reviews" ADD CONSTRAINT "FK_85f8e2205161351f09eb2fd9b14" FOREIGN KEY ("reviewed_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assessment_reviews" DROP CONSTRAINT "FK_85f8e2205161351f09eb2fd9b14"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_reviews" DROP CONSTRAINT "FK_7feb056bc0ed2661533a6b8a498"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" DROP COLUMN "validation_requested_at"`,
    );
    await queryRunner.query(`DROP TABLE "assessment_reviews"`);
  }
}
