import { MigrationInterface, QueryRunner } from "typeorm";

export class OrganizationSmeFacts1796142483158 implements MigrationInterface {
    name = 'OrganizationSmeFacts1796142483158'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "organizations" ADD "prefecture" character varying(2)`);
        await queryRunner.query(`ALTER TABLE "organizations" ADD "employee_count" integer`);
        await queryRunner.query(`ALTER TABLE "organizations" ADD "sells_abroad" boolean`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "sells_abroad"`);
        await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "employee_count"`);
        await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "prefecture"`);
    }

}
