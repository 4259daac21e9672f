import { MigrationInterface, QueryRunner } from "typeorm";

export class PriorDecisions1796164016545 implements MigrationInterface {
    name = 'PriorDecisions1796164016545'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "assessment_plannings" ADD "prior_decisions" jsonb NOT NULL DEFAULT '{}'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "assessment_plannings" DROP COLUMN "prior_decisions"`);
    }

}
