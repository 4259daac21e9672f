import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser } from '../../common/http/request-context';
import { OrganizationDirectory } from '../organizations/organization-directory.service';
import { CompanyFollowEntity } from './entities/company-follow.entity';
import { InvestorVisitEntity } from './entities/investor-visit.entity';
import { PublicationEntity } from './entities/publication.entity';
import { NO_PUBLICATIONS, publicationStats, toPublicCompany } from './public-company-row';
import type { InvestorUpdate, InvestorUpdates, PublicCompany } from '@ipgn/contracts';

const SLUG = /^[a-z0-9-]{1,64}$/;
/** The investor home lists this many of the latest updates. */
export const MAX_UPDATES = 50;

/**
 * Investors follow companies whose disclosures are public; their home lists what was published at those
 * companies since they followed, and the answers to their own questions, marking what came after their last
 * visit. Only published rows and the investor's own questions are read; the companies' public columns come from
 * the organizations module's directory in one query for the whole home.
 */
@Injectable()
export class InvestorUpdatesService {
  constructor(
    @InjectRepository(CompanyFollowEntity) private readonly follows: Repository<CompanyFollowEntity>,
    @InjectRepository(InvestorVisitEntity) private readonly visits: Repository<InvestorVisitEntity>,
    @InjectRepository(PublicationEntity) private readonly publications: Repository<PublicationEntity>,
    private readonly directory: OrganizationDirectory,
  ) {}

  /** Follows a company with at least one publication (404 otherwise); following twice is following. */
  async follow(user: AuthenticatedUser, slug: string): Promise<void> {
    const organizationId = await this.publishedCompany(user, slug);
    await this.follows.query(
      `INSERT INTO company_follows (user_id, organization_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [user.id, organizationId],
    );
  }

  /** Stops following; not following already is fine (404 only for an unknown company). */
  async unfollow(user: AuthenticatedUser, slug: string): Promise<void> {
    const organizationId = await this.publishedCompany(user, slug);
    await this.follows.delete({ userId: user.id, organizationId });
  }

  async updates(user: AuthenticatedUser): Promise<InvestorUpdates> {
    if (user.accountType !== 'investor') throw new ApiException(403, 'INVESTOR_ONLY');
    const visit = await this.visits.findOne({ where: { userId: user.id } });
    const seenAt = visit?.seenAt ?? null;
    const following = (await this.follows.query(
      `SELECT f.organization_id, f.created_at AS followed_at
         FROM company_follows f
        WHERE f.user_id = $1
        ORDER BY f.created_at DESC`,
      [user.id],
    )) as { organization_id: string; followed_at: Date }[];
    const publications = (await this.publications.query(
      `SELECT p.organization_id, p.id AS publication_id, p.title, p.version, p.published_at AS at
         FROM company_follows f JOIN publications p ON p.organization_id = f.organization_id
        WHERE f.user_id = $1 AND p.published_at >= f.created_at AND p.withdrawn_at IS NULL
        ORDER BY p.published_at DESC LIMIT ${MAX_UPDATES}`,
      [user.id],
    )) as { organization_id: string; publication_id: string; title: string; version: number; at: Date }[];
    const answers = (await this.publications.query(
      `SELECT q.organization_id, q.id AS question_id, p.id AS publication_id, p.title, q.answered_at AS at
         FROM dialogue_questions q JOIN publications p ON p.id = q.publication_id
        WHERE q.asked_by = $1 AND q.answer IS NOT NULL AND q.answered_at IS NOT NULL AND p.withdrawn_at IS NULL
        ORDER BY q.answered_at DESC LIMIT ${MAX_UPDATES}`,
      [user.id],
    )) as { organization_id: string; question_id: string; publication_id: string; title: string; at: Date }[];
    const company = await this.companies([...following, ...publications, ...answers].map((r) => r.organization_id));
    const isNew = (at: Date) => seenAt === null || at.getTime() > seenAt.getTime();
    const updates: InvestorUpdate[] = [
      ...publications.flatMap((r): InvestorUpdate[] => {
        const c = company.get(r.organization_id);
        if (!c) return [];
        return [
          {
            kind: 'publication',
            at: r.at.toISOString(),
            isNew: isNew(r.at),
            company: c,
            publicationId: r.publication_id,
            title: r.title,
            version: r.version,
          },
        ];
      }),
      ...answers.flatMap((r): InvestorUpdate[] => {
        const c = company.get(r.organization_id);
        if (!c) return [];
        return [
          {
            kind: 'answer',
            at: r.at.toISOString(),
            isNew: isNew(r.at),
            company: c,
            questionId: r.question_id,
            publicationId: r.publication_id,
            publicationTitle: r.title,
          },
        ];
      }),
    ]
      .sort((a, b) => b.at.localeCompare(a.at))
      .slice(0, MAX_UPDATES);
    return {
      seenAt: seenAt?.toISOString() ?? null,
      following: following.flatMap((r) => {
        const c = company.get(r.organization_id);
        return c ? [{ company: c, followedAt: r.followed_at.toISOString() }] : [];
      }),
      updates,
      newCount: updates.filter((u) => u.isNew).length,
    };
  }

  /** "I have seen these": later updates count as new from now on. */
  async markSeen(user: AuthenticatedUser, now: Date = new Date()): Promise<void> {
    if (user.accountType !== 'investor') throw new ApiException(403, 'INVESTOR_ONLY');
    await this.visits.upsert({ userId: user.id, seenAt: now }, ['userId']);
  }

  /** The public view of these companies, in two queries whatever their number: publication counts and columns. */
  private async companies(organizationIds: string[]): Promise<Map<string, PublicCompany>> {
    const ids = [...new Set(organizationIds)];
    if (ids.length === 0) return new Map();
    const [stats, profiles] = await Promise.all([
      publicationStats(this.publications, ids),
      this.directory.publicProfiles(ids),
    ]);
    const statsOf = new Map(stats.map((s) => [s.organizationId, s]));
    return new Map(
      [...profiles.values()].map((org) => [org.id, toPublicCompany(org, statsOf.get(org.id) ?? NO_PUBLICATIONS)]),
    );
  }

  /** Investor accounts only (403 `INVESTOR_ONLY`); a company that has published something (404 otherwise). */
  private async publishedCompany(user: AuthenticatedUser, slug: string): Promise<string> {
    if (user.accountType !== 'investor') throw new ApiException(403, 'INVESTOR_ONLY');
    if (!SLUG.test(slug)) throw ApiException.notFound();
    const org = await this.directory.publicProfileBySlug(slug);
    if (!org || !(await this.publications.exists({ where: { organizationId: org.id, withdrawnAt: IsNull() } })))
      throw ApiException.notFound();
    return org.id;
  }
}
