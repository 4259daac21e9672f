import { MigrationInterface, QueryRunner } from "typeorm";

export class Benchmark1796161334373 implements MigrationInterface {
    name = 'Benchmark1796161334373'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "benchmark_participations" ("organization_id" uuid NOT NULL, "opted_in_at" TIMESTAMP WITH TIME ZONE NOT NULL, "opted_in_by" uuid, CONSTRAINT "PK_84042d0d075b8a8b5f76f522caa" PRIMARY KEY ("organization_id"))`);
        await queryRunner.query(`CREATE TABLE "benchmark_snapshots" ("version" integer NOT NULL, "cells" jsonb NOT NULL, "live" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6573a108b9f052a636f670795ce" PRIMARY KEY ("version"))`);
        await queryRunner.query(`ALTER TABLE "benchmark_participations" ADD CONSTRAINT "FK_84042d0d075b8a8b5f76f522caa" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "benchmark_participations" ADD CONSTRAINT "FK_43b2ccd174f90e430aae29bb33f" FOREIGN KEY ("opted_in_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "benchmark_participations" DROP CONSTRAINT "FK_43b2ccd174f90e430aae29bb33f"`);
        await queryRunner.query(`ALTER TABLE "benchmark_participations" DROP CONSTRAINT "FK_84042d0d075b8a8b5f76f522caa"`);
        await queryRunner.query(`DROP TABLE "benchmark_snapshots"`);
        await queryRunner.query(`DROP TABLE "benchmark_participations"`);
    }

}
