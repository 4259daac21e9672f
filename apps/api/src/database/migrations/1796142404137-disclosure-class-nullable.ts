import { MigrationInterface, QueryRunner } from "typeorm";

export class DisclosureClassNullable1796142404137 implements MigrationInterface {
    name = 'DisclosureClassNullable1796142404137'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "disclosure_scores" ALTER COLUMN "class" DROP NOT NULL`);
        await queryRunner.query(`ALTER TABLE "publications" ALTER COLUMN "class" DROP NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "publications" ALTER COLUMN "class" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "disclosure_scores" ALTER COLUMN "class" SET NOT NULL`);
    }

}
