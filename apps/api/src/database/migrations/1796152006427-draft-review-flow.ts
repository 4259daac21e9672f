import { MigrationInterface, QueryRunner } from "typeorm";

export class DraftReviewFlow1796152006427 implements MigrationInterface {
  name = "DraftReviewFlow1796152006427";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "draft_id" uuid, "title" character varying(300) NOT NULL, "actor_name" character varying(100), "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notifications_org_user_created" ON "notifications"  ("organization_id", "user_id", "created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "drafts" ADD "reviewer_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "publications" ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_cb7b1fb018b296f2107e998b2ff" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "drafts" ADD CONSTRAINT "FK_9e75529ee9127cd1f2eb22c5508" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "drafts" DROP CONSTRAINT "FK_9e75529ee9127cd1f2eb22c5508"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" DROP CONSTRAINT "FK_cb7b1fb018b296f2107e998b2ff"`,
    );
    await queryRunner.query(
      `ALTER TABLE "publications" DROP COLUMN "withdrawn_at"`,
    );
    await queryRunner.query(`ALTER TABLE "drafts" DROP COLUMN "reviewer_id"`);
    await queryRunner.query(
      `DROP INDEX "public"."ix_notifications_org_user_created"`,
    );
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
