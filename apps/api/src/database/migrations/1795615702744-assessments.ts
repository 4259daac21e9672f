import { MigrationInterface, QueryRunner } from "typeorm";

export class Assessments1795615702744 implements MigrationInterface {
    name = 'Assessments1795615702744'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "track" character varying(16) NOT NULL, "bank_version" character varying(32) NOT NULL, "round" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "copied_from" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by" uuid, CONSTRAINT "PK_a3442bd80a00e9111cefca57f6c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_assessments_org_id" ON "assessments"  ("organization_id", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_assessments_org_track_round" ON "assessments"  ("organization_id", "track", "round") `);
        await queryRunner.query(`CREATE TABLE "assessment_answers" ("organization_id" uuid NOT NULL, "assessment_id" uuid NOT NULL, "question_id" character varying(80) NOT NULL, "value" jsonb, "version" integer NOT NULL, "answered_by" uuid, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "source" character varying(16) NOT NULL DEFAULT 'manual', CONSTRAINT "PK_cb617e6d2c80bfb46900d750a74" PRIMARY KEY ("organization_id", "assessment_id", "question_id"))`);
        await queryRunner.query(`CREATE TABLE "assessment_assignments" ("organization_id" uuid NOT NULL, "assessment_id" uuid NOT NULL, "module_id" character varying(8) NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_44fda6e2abe381b8d545ad42841" PRIMARY KEY ("organization_id", "assessment_id", "module_id"))`);
        await queryRunner.query(`ALTER TABLE "assessments" ADD CONSTRAINT "FK_15a2f28059f1d0e8454a82e2254" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assessments" ADD CONSTRAINT "FK_cba2d07506cc7a2033cb6b6b130" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assessments" ADD CONSTRAINT "FK_5ea23973350dce05e897f4a00bb" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assessment_answers" ADD CONSTRAINT "FK_d0d1464fd4bd8b42a9f8b7e4ba8" FOREIGN KEY ("assessment_id", "organization_id") REFERENCES "assessments"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assessment_answers" ADD CONSTRAINT "FK_63036729d101fb3ddf855681d95" FOREIGN KEY ("answered_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assessment_assignments" ADD CONSTRAINT "FK_863bd33f82faabd5943e1f219d3" FOREIGN KEY ("assessment_id", "organization_id") REFERENCES "assessments"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assessment_assignments" ADD CONSTRAINT "FK_a90a4bb99d46c10319d63285139" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "assessment_assignments" DROP CONSTRAINT "FK_a90a4bb99d46c10319d63285139"`);
        await queryRunner.query(`ALTER TABLE "assessment_assignments" DROP CONSTRAINT "FK_863bd33f82faabd5943e1f219d3"`);
        await queryRunner.query(`ALTER TABLE "assessment_answers" DROP CONSTRAINT "FK_63036729d101fb3ddf855681d95"`);
        await queryRunner.query(`ALTER TABLE "assessment_answers" DROP CONSTRAINT "FK_d0d1464fd4bd8b42a9f8b7e4ba8"`);
        await queryRunner.query(`ALTER TABLE "assessments" DROP CONSTRAINT "FK_5ea23973350dce05e897f4a00bb"`);
        await queryRunner.query(`ALTER TABLE "assessments" DROP CONSTRAINT "FK_cba2d07506cc7a2033cb6b6b130"`);
        await queryRunner.query(`ALTER TABLE "assessments" DROP CONSTRAINT "FK_15a2f28059f1d0e8454a82e2254"`);
        await queryRunner.query(`DROP TABLE "assessment_assignments"`);
        await queryRunner.query(`DROP TABLE "assessment_answers"`);
        await queryRunner.query(`DROP INDEX "public"."uq_assessments_org_track_round"`);
        await queryRunner.query(`DROP INDEX "public"."uq_assessments_org_id"`);
        await queryRunner.query(`DROP TABLE "assessments"`);
    }

}
