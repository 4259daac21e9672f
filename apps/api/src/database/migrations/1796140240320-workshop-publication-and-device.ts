import { MigrationInterface, QueryRunner } from "typeorm";

export class WorkshopPublicationAndDevice1796140240320 implements MigrationInterface {
    name = 'WorkshopPublicationAndDevice1796140240320'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "workshops" ADD "published_up_to" jsonb NOT NULL DEFAULT '{}'::jsonb`);
        await queryRunner.query(`ALTER TABLE "workshop_participants" ADD "device_key_hash" character varying(64)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_workshop_participants_device" ON "workshop_participants"  ("organization_id", "workshop_id", "device_key_hash") WHERE device_key_hash IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."uq_workshop_participants_device"`);
        await queryRunner.query(`ALTER TABLE "workshop_participants" DROP COLUMN "device_key_hash"`);
        await queryRunner.query(`ALTER TABLE "workshops" DROP COLUMN "published_up_to"`);
    }

}
