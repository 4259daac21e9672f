import { MigrationInterface, QueryRunner } from "typeorm";

export class AssessmentPlanning1796143313486 implements MigrationInterface {
  name = "AssessmentPlanning1796143313486";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "assessment_plannings" ("organization_id" uuid NOT NULL, "assessment_id" uuid NOT NULL, "targets" jsonb NOT NULL DEFAULT '{}'::jsonb, "scope" jsonb NOT NULL DEFAULT '{}'::jsonb, "notes" jsonb NOT NULL DEFAULT '{}'::jsonb, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5247a6824529e94125dd00cf0bc" PRIMARY KEY ("organization_id", "assessment_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_plannings" ADD CONSTRAINT "FK_5247a6824529e94125dd00cf0bc" FOREIGN KEY ("assessment_id", "organization_id") REFERENCES "assessments"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assessment_plannings" DROP CONSTRAINT "FK_5247a6824529e94125dd00cf0bc"`,
    );
    await queryRunner.query(`DROP TABLE "assessment_plannings"`);
  }
}
