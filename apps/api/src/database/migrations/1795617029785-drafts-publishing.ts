import { MigrationInterface, QueryRunner } from "typeorm";

export class DraftsPublishing1795617029785 implements MigrationInterface {
    name = 'DraftsPublishing1795617029785'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "company_facts" ("organization_id" uuid NOT NULL, "facts" jsonb NOT NULL, "version" integer NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_38043d1101926f1515ba21fd709" PRIMARY KEY ("organization_id"))`);
        await queryRunner.query(`CREATE TABLE "drafts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "type" character varying(32) NOT NULL, "language" character varying(2) NOT NULL, "title" character varying(300) NOT NULL, "status" character varying(24) NOT NULL DEFAULT 'draft', "current_version" integer NOT NULL, "assessment_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0598e229012c6cbd4ccbba97328" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_drafts_org_created" ON "drafts"  ("organization_id", "created_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_drafts_org_id" ON "drafts"  ("organization_id", "id") `);
        await queryRunner.query(`CREATE TABLE "draft_versions" ("organization_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "version" integer NOT NULL, "sections" jsonb NOT NULL, "score" jsonb, "completeness" jsonb NOT NULL, "note" character varying(500), "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3b03786cbf6ed03f0677062d9f8" PRIMARY KEY ("organization_id", "draft_id", "version"))`);
        await queryRunner.query(`CREATE TABLE "draft_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "section_id" character varying(64), "version" integer NOT NULL, "kind" character varying(24) NOT NULL DEFAULT 'comment', "author" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f7f086bca30fc58e7411216785e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_draft_comments_draft" ON "draft_comments"  ("organization_id", "draft_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "publications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "version" integer NOT NULL, "slug" character varying(64) NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_by" uuid, "type" character varying(32) NOT NULL, "language" character varying(2) NOT NULL, "title" character varying(300) NOT NULL, "text" text NOT NULL, "content" jsonb NOT NULL, "score" jsonb NOT NULL, "overall" smallint NOT NULL, "class" character varying(1) NOT NULL, CONSTRAINT "PK_2c4e732b044e09139d2f1065fae" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_publications_slug" ON "publications"  ("slug", "published_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_publications_org_draft_version" ON "publications"  ("organization_id", "draft_id", "version") `);
        await queryRunner.query(`CREATE TABLE "dialogue_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "publication_id" uuid NOT NULL, "asked_by" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answer" text, "answered_by" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "is_public" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_e6c3b294e3fa037b7f8df469e8b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_dialogue_questions_asker" ON "dialogue_questions"  ("asked_by", "created_at") `);
        await queryRunner.query(`CREATE INDEX "ix_dialogue_questions_org_created" ON "dialogue_questions"  ("organization_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "company_facts" ADD CONSTRAINT "FK_38043d1101926f1515ba21fd709" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "company_facts" ADD CONSTRAINT "FK_cd7b53109c530ecb15ae0e18c9d" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "drafts" ADD CONSTRAINT "FK_627c0d8103d8fa296a38529b92f" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "drafts" ADD CONSTRAINT "FK_8c2774ef9d40b0702ec1064057c" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "draft_versions" ADD CONSTRAINT "FK_710f0d9946b865f90e0a19cdc44" FOREIGN KEY ("draft_id", "organization_id") REFERENCES "drafts"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "draft_versions" ADD CONSTRAINT "FK_f712fccd27c968a2e5d27a764c9" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "draft_comments" ADD CONSTRAINT "FK_126a2721daed67b2a572d88ae59" FOREIGN KEY ("draft_id", "organization_id") REFERENCES "drafts"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "draft_comments" ADD CONSTRAINT "FK_a52a7a71f0d655eca5968894b8c" FOREIGN KEY ("author") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "publications" ADD CONSTRAINT "FK_a7f68e92c99a5269ad9f098924d" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "publications" ADD CONSTRAINT "FK_6c92da9ff1c8cbd07e22df15937" FOREIGN KEY ("published_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "dialogue_questions" ADD CONSTRAINT "FK_a69b1b76aeba2b0bac38bb3d074" FOREIGN KEY ("publication_id") REFERENCES "publications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "dialogue_questions" ADD CONSTRAINT "FK_7d73cfdd132ce5d4746d2568b04" FOREIGN KEY ("asked_by") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "dialogue_questions" ADD CONSTRAINT "FK_cbca500dea85e535dca72805429" FOREIGN KEY ("answered_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "dialogue_questions" DROP CONSTRAINT "FK_cbca500dea85e535dca72805429"`);
        await queryRunner.query(`ALTER TABLE "dialogue_questions" DROP CONSTRAINT "FK_7d73cfdd132ce5d4746d2568b04"`);
        await queryRunner.query(`ALTER TABLE "dialogue_questions" DROP CONSTRAINT "FK_a69b1b76aeba2b0bac38bb3d074"`);
        await queryRunner.query(`ALTER TABLE "publications" DROP CONSTRAINT "FK_6c92da9ff1c8cbd07e22df15937"`);
        await queryRunner.query(`ALTER TABLE "publications" DROP CONSTRAINT "FK_a7f68e92c99a5269ad9f098924d"`);
        await queryRunner.query(`ALTER TABLE "draft_comments" DROP CONSTRAINT "FK_a52a7a71f0d655eca5968894b8c"`);
        await queryRunner.query(`ALTER TABLE "draft_comments" DROP CONSTRAINT "FK_126a2721daed67b2a572d88ae59"`);
        await queryRunner.query(`ALTER TABLE "draft_versions" DROP CONSTRAINT "FK_f712fccd27c968a2e5d27a764c9"`);
        await queryRunner.query(`ALTER TABLE "draft_versions" DROP CONSTRAINT "FK_710f0d9946b865f90e0a19cdc44"`);
        await queryRunner.query(`ALTER TABLE "drafts" DROP CONSTRAINT "FK_8c2774ef9d40b0702ec1064057c"`);
        await queryRunner.query(`ALTER TABLE "drafts" DROP CONSTRAINT "FK_627c0d8103d8fa296a38529b92f"`);
        await queryRunner.query(`ALTER TABLE "company_facts" DROP CONSTRAINT "FK_cd7b53109c530ecb15ae0e18c9d"`);
        await queryRunner.query(`ALTER TABLE "company_facts" DROP CONSTRAINT "FK_38043d1101926f1515ba21fd709"`);
        await queryRunner.query(`DROP INDEX "public"."ix_dialogue_questions_org_created"`);
        await queryRunner.query(`DROP INDEX "public"."ix_dialogue_questions_asker"`);
        await queryRunner.query(`DROP TABLE "dialogue_questions"`);
        await queryRunner.query(`DROP INDEX "public"."uq_publications_org_draft_version"`);
        await queryRunner.query(`DROP INDEX "public"."ix_publications_slug"`);
        await queryRunner.query(`DROP TABLE "publications"`);
        await queryRunner.query(`DROP INDEX "public"."ix_draft_comments_draft"`);
        await queryRunner.query(`DROP TABLE "draft_comments"`);
        await queryRunner.query(`DROP TABLE "draft_versions"`);
        await queryRunner.query(`DROP INDEX "public"."uq_drafts_org_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_drafts_org_created"`);
        await queryRunner.query(`DROP TABLE "drafts"`);
        await queryRunner.query(`DROP TABLE "company_facts"`);
    }

}
