import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser } from '../../common/http/request-context';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { CompanyFollowEntity } from './entities/company-follow.entity';
import { InvestorVisitEntity } from './entities/investor-visit.entity';
import type { InvestorUpdate, InvestorUpdates } from './publishing-views';
import { toPublicCompany, type PublicCompanyRow } from './public-company-row';

const SLUG = /^[a-z0-9-]{1,64}$/;
/** The investor home lists this many of the latest updates. */
export const MAX_UPDATES = 50;

interface CompanyColumns extends PublicCompanyRow {
  organization_id: string;
}

/** The company columns of the public view, with its publication count and date (selected with alias `o`). */
const COMPANY_SQL = `o.id AS organization_id, o.slug, o.legal_name_ja, o.legal_name_en, o.securities_code, o.industry, o.listing_status, o.company_size,
  (SELECT count(*)::int FROM publications x WHERE x.organization_id = o.id AND x.withdrawn_at IS NULL) AS publications,
  (SELECT max(x.published_at) FROM publications x WHERE x.organization_id = o.id AND x.withdrawn_at IS NULL) AS latest`;

/**
 * Investors follow companies whose disclosures are public; their home lists what was published at those
 * companies since they followed, and the answers to their own questions, marking what came after their last
 * visit. Only published rows and the investor's own questions are read.
 */
@Injectable()
export class InvestorUpdatesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Follows a company with at least one publication (404 otherwise); following twice is following. */
  async follow(user: AuthenticatedUser, slug: string): Promise<void> {
    const organizationId = await this.publishedCompany(user, slug);
    await this.db.query(
      `INSERT INTO company_follows (user_id, organization_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [user.id, organizationId],
    );
  }

  /** Stops following; not following already is fine (404 only for an unknown company). */
  async unfollow(user: AuthenticatedUser, slug: string): Promise<void> {
    const organizationId = await this.publishedCompany(user, slug);
    await this.db.getRepository(CompanyFollowEntity).delete({ userId: user.id, organizationId });
  }

  async updates(user: AuthenticatedUser): Promise<InvestorUpdates> {
    if (user.accountType !== 'investor') throw new ApiException(403, 'INVESTOR_ONLY');
    const visit = await this.db.getRepository(InvestorVisitEntity).findOne({ where: { userId: user.id } });
    const seenAt = visit?.seenAt ?? null;
    const following = (await this.db.query(
      `SELECT ${COMPANY_SQL}, f.created_at AS followed_at
         FROM company_follows f JOIN organizations o ON o.id = f.organization_id
        WHERE f.user_id = $1
        ORDER BY f.created_at DESC`,
      [user.id],
    )) as (CompanyColumns & { followed_at: Date })[];
    const publications = (await this.db.query(
      `SELECT ${COMPANY_SQL}, p.id AS publication_id, p.title, p.version, p.published_at AS at
         FROM company_follows f JOIN organizations o ON o.id = f.organization_id JOIN publications p ON p.organization_id = o.id
        WHERE f.user_id = $1 AND p.published_at >= f.created_at AND p.withdrawn_at IS NULL
        ORDER BY p.published_at DESC LIMIT ${MAX_UPDATES}`,
      [user.id],
    )) as (CompanyColumns & { publication_id: string; title: string; version: number; at: Date })[];
    const answers = (await this.db.query(
      `SELECT ${COMPANY_SQL}, q.id AS question_id, p.id AS publication_id, p.title, q.answered_at AS at
         FROM dialogue_questions q JOIN publications p ON p.id = q.publication_id JOIN organizations o ON o.id = q.organization_id
        WHERE q.asked_by = $1 AND q.answer IS NOT NULL AND q.answered_at IS NOT NULL AND p.withdrawn_at IS NULL
        ORDER BY q.answered_at DESC LIMIT ${MAX_UPDATES}`,
      [user.id],
    )) as (CompanyColumns & { question_id: string; publication_id: string; title: string; at: Date })[];
    const isNew = (at: Date) => seenAt === null || at.getTime() > seenAt.getTime();
    const updates: InvestorUpdate[] = [
      ...publications.map((r): InvestorUpdate => ({
        kind: 'publication',
        at: r.at.toISOString(),
        isNew: isNew(r.at),
        company: toPublicCompany(r),
        publicationId: r.publication_id,
        title: r.title,
        version: r.version,
      })),
      ...answers.map((r): InvestorUpdate => ({
        kind: 'answer',
        at: r.at.toISOString(),
        isNew: isNew(r.at),
        company: toPublicCompany(r),
        questionId: r.question_id,
        publicationId: r.publication_id,
        publicationTitle: r.title,
      })),
    ]
      .sort((a, b) => b.at.localeCompare(a.at))
      .slice(0, MAX_UPDATES);
    return {
      seenAt: seenAt?.toISOString() ?? null,
      following: following.map((r) => ({ company: toPublicCompany(r), followedAt: r.followed_at.toISOString() })),
      updates,
      newCount: updates.filter((u) => u.isNew).length,
    };
  }

  /** "I have seen these": later updates count as new from now on. */
  async markSeen(user: AuthenticatedUser, now: Date = new Date()): Promise<void> {
    if (user.accountType !== 'investor') throw new ApiException(403, 'INVESTOR_ONLY');
    await this.db.getRepository(InvestorVisitEntity).upsert({ userId: user.id, seenAt: now }, ['userId']);
  }

  /** Investor accounts only (403 `INVESTOR_ONLY`); a company that has published something (404 otherwise). */
  private async publishedCompany(user: AuthenticatedUser, slug: string): Promise<string> {
    if (user.accountType !== 'investor') throw new ApiException(403, 'INVESTOR_ONLY');
    if (!SLUG.test(slug)) throw ApiException.notFound();
    const org = await this.db
      .getRepository(OrganizationEntity)
      .createQueryBuilder('o')
      .select('o.id', 'id')
      .where('o.slug = :slug', { slug })
      .andWhere('EXISTS (SELECT 1 FROM publications p WHERE p.organization_id = o.id AND p.withdrawn_at IS NULL)')
      .getRawOne<{ id: string }>();
    if (!org) throw ApiException.notFound();
    return org.id;
  }
}
