import { MigrationInterface, QueryRunner } from "typeorm";

export class ThrottleCounters1796140838311 implements MigrationInterface {
    name = 'ThrottleCounters1796140838311'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "throttle_counters" ("key" character varying(128) NOT NULL, "count" integer NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0d6e00f6811746d8c018db8d58d" PRIMARY KEY ("key"))`);
        await queryRunner.query(`CREATE INDEX "idx_throttle_counters_expires_at" ON "throttle_counters"  ("expires_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_throttle_counters_expires_at"`);
        await queryRunner.query(`DROP TABLE "throttle_counters"`);
    }

}
