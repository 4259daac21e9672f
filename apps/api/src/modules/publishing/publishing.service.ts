import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { CRITERIA, CRITERIA_V2 } from '@ipgn/disclosure-scoring';
import { ApiException } from '../../common/errors/api-exception';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import type { CompaniesQueryDto, CompareQueryDto } from './dto/publishing.dto';
import { DialogueQuestionEntity } from './entities/dialogue-question.entity';
import { PublicationEntity } from './entities/publication.entity';
import type {
  CompanyComparison,
  PublicCompany,
  PublicCompanyPage,
  PublicDisclosure,
  PublicPublication,
  PublicCriterionScore,
  PublicPublicationSummary,
  PublicQuestion,
} from './publishing-views';
import { PublicPageCache } from './public-page-cache';

/** A publication without its text, model and full score: what the company page and the comparison need. */
interface PublicationRow {
  id: string;
  type: PublicPublicationSummary['type'];
  language: PublicPublicationSummary['language'];
  title: string;
  version: number;
  published_at: Date;
  overall: number;
  class: string;
  grade: string;
  criteria: PublicCriterionScore[] | null;
}

interface CompanyRow {
  id: string;
  slug: string;
  legal_name_ja: string;
  legal_name_en: string | null;
  industry: PublicCompany['industry'];
  listing_status: PublicCompany['listingStatus'];
  company_size: PublicCompany['companySize'];
  publications: number;
  latest: Date;
}

/**
 * The investor view: only rows of `publications` (frozen copies made when a draft was published) and public,
 * answered questions are ever read here — never the drafts tables — so nothing unpublished can appear.
 */
@Injectable()
export class PublishingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: PublicPageCache,
  ) {}

  async companies(query: CompaniesQueryDto): Promise<PublicCompany[]> {
    const rows = await this.companyRows(query);
    return rows.map(toCompany);
  }

  company(slug: string): Promise<PublicCompanyPage> {
    if (!SLUG.test(slug)) return Promise.reject(ApiException.notFound());
    return this.cache.get(slug, () => this.buildCompanyPage(slug));
  }

  private async buildCompanyPage(slug: string): Promise<PublicCompanyPage> {
    const { row, publications } = await this.loadCompany(slug);
    const groups = new Map<string, PublicationRow[]>();
    for (const p of publications) {
      const key = `${p.type}:${p.language}`;
      groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    const disclosures: PublicDisclosure[] = [...groups.values()].map(([latest, ...older]) => ({
      ...rowSummary(latest),
      criteria: latest.criteria ?? [],
      olderVersions: older.map(rowSummary),
    }));
    return { company: toCompany(row), disclosures, questions: await this.publicQuestions(row.id) };
  }

  async publication(slug: string, publicationId: string): Promise<PublicPublication> {
    const { row } = await this.loadCompany(slug);
    const p = await this.db.getRepository(PublicationEntity).findOne({ where: { id: publicationId, organizationId: row.id, withdrawnAt: IsNull() } });
    if (!p) throw ApiException.notFound();
    return { ...toSummary(p), company: toCompany(row), text: p.text, score: p.score, questions: await this.publicQuestions(row.id, p.id) };
  }

  async compare(query: CompareQueryDto): Promise<CompanyComparison> {
    const slugs = [...new Set(query.slugs.split(','))];
    if (slugs.length < 2 || slugs.length > 4) throw ApiException.badRequest('COMPARE_COUNT', [{ field: 'slugs', code: 'unknown' }]);
    const language = query.language ?? 'ja';
    const companies: CompanyComparison['companies'] = [];
    for (const slug of slugs) {
      const { row, publications } = await this.loadCompany(slug);
      const latest = publications.find((p) => p.language === language && (query.type === undefined || p.type === query.type)) ?? null;
      companies.push({
        company: toCompany(row),
        publication: latest ? rowSummary(latest) : null,
        scores: Object.fromEntries((latest?.criteria ?? []).map((c) => [c.id, c.score])),
      });
    }
    // v2 criteria first; v1 rows only while some compared publication was still judged by v1.
    const criteria = [...CRITERIA_V2, ...CRITERIA].filter((c) => CRITERIA_V2.includes(c) || companies.some((co) => co.scores[c.id] !== undefined));
    return { type: query.type ?? null, language, criteria: criteria.map((c) => ({ id: c.id, key: c.key, name: c.name })), companies };
  }

  private async companyRows(filter: { industry?: string; listingStatus?: string; slug?: string }): Promise<CompanyRow[]> {
    const qb = this.db
      .getRepository(OrganizationEntity)
      .createQueryBuilder('o')
      .innerJoin(PublicationEntity, 'p', 'p.organization_id = o.id AND p.withdrawn_at IS NULL')
      .select([
        'o.id AS id',
        'o.slug AS slug',
        'o.legal_name_ja AS legal_name_ja',
        'o.legal_name_en AS legal_name_en',
        'o.industry AS industry',
        'o.listing_status AS listing_status',
        'o.company_size AS company_size',
      ])
      .addSelect('count(p.id)::int', 'publications')
      .addSelect('max(p.published_at)', 'latest')
      .groupBy('o.id')
      .orderBy('max(p.published_at)', 'DESC')
      .limit(500);
    if (filter.industry) qb.andWhere('o.industry = :industry', { industry: filter.industry });
    if (filter.listingStatus) qb.andWhere('o.listing_status = :listingStatus', { listingStatus: filter.listingStatus });
    if (filter.slug) qb.andWhere('o.slug = :slug', { slug: filter.slug });
    return qb.getRawMany<CompanyRow>();
  }

  /** The company (404 unless it has published something) and its publications, newest first. */
  private async loadCompany(slug: string): Promise<{ row: CompanyRow; publications: PublicationRow[] }> {
    if (!SLUG.test(slug)) throw ApiException.notFound();
    const [row] = await this.companyRows({ slug });
    if (!row) throw ApiException.notFound();
    // Only the columns the page shows; the per-criterion scores are cut out of the stored score in SQL.
    const publications = (await this.db.query(
      `SELECT p.id, p.type, p.language, p.title, p.version, p.published_at, p.overall, p.class, p.score->>'grade' AS grade,
              (SELECT jsonb_agg(jsonb_build_object('id', c->'id', 'key', c->'key', 'name', c->'name', 'score', c->'score') ORDER BY n)
                 FROM jsonb_array_elements(p.score->'criteria') WITH ORDINALITY AS t(c, n)) AS criteria
         FROM publications p
        WHERE p.organization_id = $1 AND p.withdrawn_at IS NULL
        ORDER BY p.published_at DESC, p.version DESC`,
      [row.id],
    )) as PublicationRow[];
    return { row, publications };
  }

  private async publicQuestions(organizationId: string, publicationId?: string): Promise<PublicQuestion[]> {
    const qb = this.db
      .getRepository(DialogueQuestionEntity)
      .createQueryBuilder('q')
      .where('q.organization_id = :organizationId', { organizationId })
      .andWhere('q.is_public = true')
      .andWhere('q.answer IS NOT NULL')
      // A withdrawn publication takes its questions off the public pages with it.
      .andWhere('q.publication_id IN (SELECT p.id FROM publications p WHERE p.organization_id = :organizationId AND p.withdrawn_at IS NULL)')
      .orderBy('q.answered_at', 'DESC')
      .limit(200);
    if (publicationId) qb.andWhere('q.publication_id = :publicationId', { publicationId });
    const rows = await qb.getMany();
    return rows.map((q) => ({
      id: q.id,
      publicationId: q.publicationId,
      question: q.body,
      answer: q.answer ?? '',
      askedAt: q.createdAt.toISOString(),
      answeredAt: q.answeredAt?.toISOString() ?? q.createdAt.toISOString(),
    }));
  }
}

function toCompany(row: CompanyRow): PublicCompany {
  return {
    slug: row.slug,
    nameJa: row.legal_name_ja,
    nameEn: row.legal_name_en,
    industry: row.industry,
    listingStatus: row.listing_status,
    companySize: row.company_size,
    publications: Number(row.publications),
    latestPublishedAt: new Date(row.latest).toISOString(),
  };
}

const SLUG = /^[a-z0-9-]{1,64}$/;

function rowSummary(p: PublicationRow): PublicPublicationSummary {
  return {
    publicationId: p.id,
    type: p.type,
    language: p.language,
    title: p.title,
    version: p.version,
    publishedAt: new Date(p.published_at).toISOString(),
    overall: p.overall,
    grade: p.grade,
    class: p.class,
  };
}

function toSummary(p: PublicationEntity): PublicPublicationSummary {
  return {
    publicationId: p.id,
    type: p.type,
    language: p.language,
    title: p.title,
    version: p.version,
    publishedAt: p.publishedAt.toISOString(),
    overall: p.overall,
    grade: p.score.grade,
    class: p.disclosureClass,
  };
}
