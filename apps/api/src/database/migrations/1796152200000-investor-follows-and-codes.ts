import { MigrationInterface, QueryRunner } from "typeorm";

export class InvestorFollowsAndCodes1796152200000 implements MigrationInterface {
    name = 'InvestorFollowsAndCodes1796152200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "company_follows" ("user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4964456e219968faa8443cc191b" PRIMARY KEY ("user_id", "organization_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_company_follows_org" ON "company_follows"  ("organization_id") `);
        await queryRunner.query(`CREATE TABLE "investor_visits" ("user_id" uuid NOT NULL, "seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_33c7d3f7b32e8f927d45695cede" PRIMARY KEY ("user_id"))`);
        await queryRunner.query(`ALTER TABLE "organizations" ADD "securities_code" character varying(4)`);
        await queryRunner.query(`CREATE INDEX "ix_organizations_securities_code" ON "organizations"  ("securities_code") `);
        await queryRunner.query(`ALTER TABLE "company_follows" ADD CONSTRAINT "FK_998c0456b55b9fb6989501f03f4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_follows" ADD CONSTRAINT "FK_25f2421c4057434301b1c46027c" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "investor_visits" ADD CONSTRAINT "FK_33c7d3f7b32e8f927d45695cede" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "investor_visits" DROP CONSTRAINT "FK_33c7d3f7b32e8f927d45695cede"`);
        await queryRunner.query(`ALTER TABLE "company_follows" DROP CONSTRAINT "FK_25f2421c4057434301b1c46027c"`);
        await queryRunner.query(`ALTER TABLE "company_follows" DROP CONSTRAINT "FK_998c0456b55b9fb6989501f03f4"`);
        await queryRunner.query(`DROP INDEX "public"."ix_organizations_securities_code"`);
        await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "securities_code"`);
        await queryRunner.query(`DROP TABLE "investor_visits"`);
        await queryRunner.query(`DROP INDEX "public"."ix_company_follows_org"`);
        await queryRunner.query(`DROP TABLE "company_follows"`);
    }

}
