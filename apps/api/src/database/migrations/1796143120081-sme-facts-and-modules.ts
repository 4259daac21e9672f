import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organizations keep what an SME owner gives at sign-up (prefecture, employees, whether they sell abroad), and
 * module ids may be longer than 8 characters (the SME track's `sme-strengths` …). TypeORM generated a drop and
 * re-add of `module_id`, which would lose assignments; widening the column in place keeps them (same end schema).
 */
export class SmeFactsAndModules1796143120081 implements MigrationInterface {
  name = 'SmeFactsAndModules1796143120081';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" ADD "prefecture" character varying(2)`);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "employee_count" integer`);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "sells_abroad" boolean`);
    await queryRunner.query(`ALTER TABLE "assessment_assignments" ALTER COLUMN "module_id" TYPE character varying(32)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "assessment_assignments" WHERE length("module_id") > 8`);
    await queryRunner.query(`ALTER TABLE "assessment_assignments" ALTER COLUMN "module_id" TYPE character varying(8)`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "sells_abroad"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "employee_count"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "prefecture"`);
  }
}
