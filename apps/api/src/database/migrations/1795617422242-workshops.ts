import { MigrationInterface, QueryRunner } from "typeorm";

export class Workshops1795617422242 implements MigrationInterface {
    name = 'Workshops1795617422242'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "workshops" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "question_ids" jsonb NOT NULL, "departments" jsonb NOT NULL, "anonymity" character varying(16) NOT NULL, "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "current_question_index" integer NOT NULL DEFAULT '0', "results_visible" boolean NOT NULL DEFAULT false, "locked_question_ids" jsonb NOT NULL, "timer_ends_at" TIMESTAMP WITH TIME ZONE, "join_code" character varying(6), "agreed_answers" jsonb NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6d0e82a124f5b53df91c8989848" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_workshops_live_join_code" ON "workshops"  ("join_code") WHERE status = 'live'`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_workshops_org_id" ON "workshops"  ("organization_id", "id") `);
        await queryRunner.query(`CREATE TABLE "workshop_participants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "workshop_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "department" character varying(16) NOT NULL, "display_name" character varying(100), "user_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_62cebe64adc1eb830364219f205" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_workshop_participants_workshop" ON "workshop_participants"  ("organization_id", "workshop_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_workshop_participants_token_hash" ON "workshop_participants"  ("token_hash") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_workshop_participants_org_id" ON "workshop_participants"  ("organization_id", "id") `);
        await queryRunner.query(`CREATE TABLE "workshop_answers" ("id" BIGSERIAL NOT NULL, "organization_id" uuid NOT NULL, "workshop_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "question_id" character varying(80) NOT NULL, "value" jsonb, "client_request_id" uuid NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4bfc440fbb4d829f7c75dfac821" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_workshop_answers_question" ON "workshop_answers"  ("organization_id", "workshop_id", "question_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_workshop_answers_request" ON "workshop_answers"  ("organization_id", "workshop_id", "participant_id", "client_request_id") `);
        // Edited by hand: TypeORM generates DROP + ADD COLUMN for a length change, which would lose every answer's source.
        // Widened from 16 to 64 for `workshop:<uuid>` (answers written from a workshop's agreed answers).
        await queryRunner.query(`ALTER TABLE "assessment_answers" ALTER COLUMN "source" TYPE character varying(64)`);
        await queryRunner.query(`ALTER TABLE "workshops" ADD CONSTRAINT "FK_a12ed5c084a92aee40bfce7a8ea" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "workshops" ADD CONSTRAINT "FK_075faefc9ed9d23062a3c93faf8" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "workshop_participants" ADD CONSTRAINT "FK_f78a237ada92dfd824b40805e99" FOREIGN KEY ("workshop_id", "organization_id") REFERENCES "workshops"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "workshop_participants" ADD CONSTRAINT "FK_284a82276a8bee3b8cdef786fbb" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "workshop_answers" ADD CONSTRAINT "FK_ed4abf2d47a9ffc2002136eb3f1" FOREIGN KEY ("participant_id", "organization_id") REFERENCES "workshop_participants"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "workshop_answers" DROP CONSTRAINT "FK_ed4abf2d47a9ffc2002136eb3f1"`);
        await queryRunner.query(`ALTER TABLE "workshop_participants" DROP CONSTRAINT "FK_284a82276a8bee3b8cdef786fbb"`);
        await queryRunner.query(`ALTER TABLE "workshop_participants" DROP CONSTRAINT "FK_f78a237ada92dfd824b40805e99"`);
        await queryRunner.query(`ALTER TABLE "workshops" DROP CONSTRAINT "FK_075faefc9ed9d23062a3c93faf8"`);
        await queryRunner.query(`ALTER TABLE "workshops" DROP CONSTRAINT "FK_a12ed5c084a92aee40bfce7a8ea"`);
        await queryRunner.query(`UPDATE "assessment_answers" SET "source" = 'manual' WHERE length("source") > 16`);
        await queryRunner.query(`ALTER TABLE "assessment_answers" ALTER COLUMN "source" TYPE character varying(16)`);
        await queryRunner.query(`DROP INDEX "public"."uq_workshop_answers_request"`);
        await queryRunner.query(`DROP INDEX "public"."ix_workshop_answers_question"`);
        await queryRunner.query(`DROP TABLE "workshop_answers"`);
        await queryRunner.query(`DROP INDEX "public"."uq_workshop_participants_org_id"`);
        await queryRunner.query(`DROP INDEX "public"."uq_workshop_participants_token_hash"`);
        await queryRunner.query(`DROP INDEX "public"."ix_workshop_participants_workshop"`);
        await queryRunner.query(`DROP TABLE "workshop_participants"`);
        await queryRunner.query(`DROP INDEX "public"."uq_workshops_org_id"`);
        await queryRunner.query(`DROP INDEX "public"."uq_workshops_live_join_code"`);
        await queryRunner.query(`DROP TABLE "workshops"`);
    }

}
