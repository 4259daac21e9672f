import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { CRITERIA, CRITERIA_V2 } from '@ipgn/disclosure-scoring';
import { pageOf, type Page, type PageRequest } from '@ipgn/contracts';
import { ApiException } from '../../common/errors/api-exception';
import { companySearch, type CompanySearch } from './company-search';
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
import { toPublicCompany, type PublicCompanyRow } from './public-company-row';

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

/** A company of the list (one with public publications): the public columns and its id. */
interface CompanyRow extends PublicCompanyRow {
  id: string;
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

  /** Companies with at least one publication, newest publication first; `q` finds a name (ja/en, partial) or a securities code. */
  async companies(query: CompaniesQueryDto, page: PageRequest): Promise<Page<PublicCompany>> {
    const filter: CompanyFilter = {
      industry: query.industry,
      listingStatus: query.listingStatus,
      search: query.q ? companySearch(query.q) : undefined,
    };
    const [rows, total] = await Promise.all([this.companyRows(filter, page), this.countCompanies(filter)]);
    return pageOf(rows.map(toPublicCompany), total, page);
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
    return { company: toPublicCompany(row), disclosures, questions: await this.publicQuestions(row.id) };
  }

  async publication(slug: string, publicationId: string): Promise<PublicPublication> {
    const { row } = await this.loadCompany(slug);
    const p = await this.db
      .getRepository(PublicationEntity)
      .findOne({ where: { id: publicationId, organizationId: row.id, withdrawnAt: IsNull() } });
    if (!p) throw ApiException.notFound();
    return {
      ...toSummary(p),
      company: toPublicCompany(row),
      text: p.text,
      score: p.score,
      questions: await this.publicQuestions(row.id, p.id),
    };
  }

  async compare(query: CompareQueryDto): Promise<CompanyComparison> {
    const slugs = [...new Set(query.slugs.split(','))];
    if (slugs.length < 2 || slugs.length > 4)
      throw ApiException.badRequest('COMPARE_COUNT', [{ field: 'slugs', code: 'unknown' }]);
    const language = query.language ?? 'ja';
    const companies: CompanyComparison['companies'] = [];
    for (const slug of slugs) {
      const { row, publications } = await this.loadCompany(slug);
      const latest =
        publications.find((p) => p.language === language && (query.type === undefined || p.type === query.type)) ??
        null;
      companies.push({
        company: toPublicCompany(row),
        publication: latest ? rowSummary(latest) : null,
        scores: Object.fromEntries((latest?.criteria ?? []).map((c) => [c.id, c.score])),
      });
    }
    // v2 criteria first; v1 rows only while some compared publication was still judged by v1.
    const criteria = [...CRITERIA_V2, ...CRITERIA].filter(
      (c) => CRITERIA_V2.includes(c) || companies.some((co) => co.scores[c.id] !== undefined),
    );
    return {
      type: query.type ?? null,
      language,
      criteria: criteria.map((c) => ({ id: c.id, key: c.key, name: c.name })),
      companies,
    };
  }

  private async companyRows(filter: CompanyFilter, page?: PageRequest): Promise<CompanyRow[]> {
    const { where, params } = companyWhere(filter);
    const paging = page ? ` LIMIT ${page.limit} OFFSET ${page.offset}` : ' LIMIT 1';
    return this.db.query(
      `SELECT o.id, o.slug, o.legal_name_ja, o.legal_name_en, o.securities_code, o.industry, o.listing_status, o.company_size,
              count(p.id)::int AS publications, max(p.published_at) AS latest
         FROM organizations o JOIN publications p ON p.organization_id = o.id AND p.withdrawn_at IS NULL
        WHERE ${where}
        GROUP BY o.id
        ORDER BY max(p.published_at) DESC, o.id${paging}`,
      params,
    ) as Promise<CompanyRow[]>;
  }

  private async countCompanies(filter: CompanyFilter): Promise<number> {
    const { where, params } = companyWhere(filter);
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS n FROM organizations o WHERE ${where} AND EXISTS (SELECT 1 FROM publications p WHERE p.organization_id = o.id AND p.withdrawn_at IS NULL)`,
      params,
    )) as { n: number }[];
    return row?.n ?? 0;
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
      .andWhere(
        'q.publication_id IN (SELECT p.id FROM publications p WHERE p.organization_id = :organizationId AND p.withdrawn_at IS NULL)',
      )
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

const SLUG = /^[a-z0-9-]{1,64}$/;

interface CompanyFilter {
  industry?: string;
  listingStatus?: string;
  slug?: string;
  search?: CompanySearch;
}

/** The parameterised WHERE clause of the company list (never string-built from input). */
function companyWhere(filter: CompanyFilter): { where: string; params: unknown[] } {
  const clauses: string[] = ['true'];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.industry) clauses.push(`o.industry = ${param(filter.industry)}`);
  if (filter.listingStatus) clauses.push(`o.listing_status = ${param(filter.listingStatus)}`);
  if (filter.slug) clauses.push(`o.slug = ${param(filter.slug)}`);
  if (filter.search) {
    const like = param(filter.search.like);
    const either = [`o.legal_name_ja ILIKE ${like} ESCAPE '\\'`, `o.legal_name_en ILIKE ${like} ESCAPE '\\'`];
    if (filter.search.codePrefix) either.push(`o.securities_code LIKE ${param(filter.search.codePrefix)}`);
    clauses.push(`(${either.join(' OR ')})`);
  }
  return { where: clauses.join(' AND '), params };
}

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
