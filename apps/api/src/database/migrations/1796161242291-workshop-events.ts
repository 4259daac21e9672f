import { MigrationInterface, QueryRunner } from "typeorm";

export class WorkshopEvents1796161242291 implements MigrationInterface {
    name = 'WorkshopEvents1796161242291'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "workshop_events" ("id" BIGSERIAL NOT NULL, "organization_id" uuid NOT NULL, "workshop_id" uuid NOT NULL, "type" character varying(20) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_98dee19ab4e071b6fbf0679a8f0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_workshop_events_created_at" ON "workshop_events"  ("created_at") `);
        await queryRunner.query(`CREATE INDEX "ix_workshop_events_workshop" ON "workshop_events"  ("organization_id", "workshop_id", "id") `);
        await queryRunner.query(`ALTER TABLE "workshop_events" ADD CONSTRAINT "FK_de32073e5f4a10d6eee533bff75" FOREIGN KEY ("workshop_id", "organization_id") REFERENCES "workshops"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "workshop_events" DROP CONSTRAINT "FK_de32073e5f4a10d6eee533bff75"`);
        await queryRunner.query(`DROP INDEX "public"."ix_workshop_events_workshop"`);
        await queryRunner.query(`DROP INDEX "public"."ix_workshop_events_created_at"`);
        await queryRunner.query(`DROP TABLE "workshop_events"`);
    }

}
