import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { CRITERIA, CRITERIA_V2 } from '@ipgn/disclosure-scoring';
import { pageOf, type Page, type PageRequest, type PublicCompany, type PublicQuestion } from '@ipgn/contracts';
import { ApiException } from '../../common/errors/api-exception';
import { OrganizationDirectory, type PublicOrganization } from '../organizations/organization-directory.service';
import type { CompaniesQueryDto, CompareQueryDto } from './dto/publishing.dto';
import { DialogueQuestionEntity } from './entities/dialogue-question.entity';
import { PublicationEntity } from './entities/publication.entity';
import { PublicPageCache } from './public-page-cache';
import { gradeBasisOf, type StoredCalibration } from '../../common/scoring/grade-basis';
import { countPublishers, publicationStats, toPublicCompany } from './public-company-row';
import type {
  CompanyComparison,
  PublicCompanyPage,
  PublicCriterionScore,
  PublicDisclosure,
  PublicPublication,
  PublicPublicationSummary,
} from '@ipgn/drafting';

/** A publication without its text, model and full score: what the company page and the comparison need. */
interface PublicationRow {
  organization_id: string;
  id: string;
  type: PublicPublicationSummary['type'];
  language: PublicPublicationSummary['language'];
  title: string;
  version: number;
  published_at: Date;
  overall: number;
  class: string;
  grade: string;
  /** The stored score's calibration (what the grade stands for); null for a v1 score. */
  calibration: StoredCalibration | null;
  criteria: PublicCriterionScore[] | null;
}

/** A company with at least one public publication, and those publications (newest first). */
interface LoadedCompany {
  org: PublicOrganization;
  company: PublicCompany;
  publications: PublicationRow[];
}

/**
 * The investor view: only rows of `publications` (frozen copies made when a draft was published) and public,
 * answered questions are ever read here — never the drafts tables — so nothing unpublished can appear. The
 * companies' names and codes come from the organizations module's directory.
 */
@Injectable()
export class PublishingService {
  constructor(
    @InjectRepository(PublicationEntity) private readonly publications: Repository<PublicationEntity>,
    @InjectRepository(DialogueQuestionEntity) private readonly questions: Repository<DialogueQuestionEntity>,
    private readonly directory: OrganizationDirectory,
    private readonly cache: PublicPageCache,
  ) {}

  /** Companies with at least one publication, newest publication first; `q` finds a name (ja/en, partial) or a securities code. */
  async companies(query: CompaniesQueryDto, page: PageRequest): Promise<Page<PublicCompany>> {
    // Three queries for any page: the matching organizations, their publication counts, their public columns.
    const ids = await this.directory.idsMatching({
      industry: query.industry,
      listingStatus: query.listingStatus,
      q: query.q,
    });
    if (ids?.length === 0) return pageOf([], 0, page);
    const [stats, total] = await Promise.all([
      publicationStats(this.publications, ids, page),
      countPublishers(this.publications, ids),
    ]);
    const profiles = await this.directory.publicProfiles(stats.map((s) => s.organizationId));
    const companies = stats.flatMap((s) => {
      const org = profiles.get(s.organizationId);
      return org ? [toPublicCompany(org, s)] : [];
    });
    return pageOf(companies, total, page);
  }

  company(slug: string): Promise<PublicCompanyPage> {
    if (!SLUG.test(slug)) return Promise.reject(ApiException.notFound());
    return this.cache.get(slug, () => this.buildCompanyPage(slug));
  }

  private async buildCompanyPage(slug: string): Promise<PublicCompanyPage> {
    const { org, company, publications } = await this.loadCompany(slug);
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
    return { company, disclosures, questions: await this.publicQuestions(org.id) };
  }

  async publication(slug: string, publicationId: string): Promise<PublicPublication> {
    const { org, company } = await this.loadCompany(slug);
    const p = await this.publications.findOne({
      where: { id: publicationId, organizationId: org.id, withdrawnAt: IsNull() },
    });
    if (!p) throw ApiException.notFound();
    return {
      ...toSummary(p),
      company,
      text: p.text,
      score: p.score,
      questions: await this.publicQuestions(org.id, p.id),
    };
  }

  async compare(query: CompareQueryDto): Promise<CompanyComparison> {
    const slugs = [...new Set(query.slugs.split(','))];
    if (slugs.length < 2 || slugs.length > 4)
      throw ApiException.badRequest('COMPARE_COUNT', [{ field: 'slugs', code: 'unknown' }]);
    const language = query.language ?? 'ja';
    // Two queries whatever the number of companies (their public columns, then all their publications).
    const companies: CompanyComparison['companies'] = (await this.loadCompanies(slugs)).map(
      ({ company, publications }) => {
        const latest =
          publications.find((p) => p.language === language && (query.type === undefined || p.type === query.type)) ??
          null;
        return {
          company,
          publication: latest ? rowSummary(latest) : null,
          scores: Object.fromEntries((latest?.criteria ?? []).map((c) => [c.id, c.score])),
          notApplicable: (latest?.criteria ?? []).filter((c) => c.notApplicable === true).map((c) => c.id),
        };
      },
    );
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

  /** The company (404 unless it has published something) and its publications, newest first. */
  private async loadCompany(slug: string): Promise<LoadedCompany> {
    const [loaded] = await this.loadCompanies([slug]);
    return loaded;
  }

  /** `loadCompany` for several slugs, in their order, in two queries: 404 unless every one has published something. */
  private async loadCompanies(slugs: readonly string[]): Promise<LoadedCompany[]> {
    if (!slugs.every((slug) => SLUG.test(slug))) throw ApiException.notFound();
    const profiles = await this.directory.publicProfilesBySlug(slugs);
    const orgs = slugs.map((slug) => profiles.get(slug));
    if (!orgs.every((org): org is PublicOrganization => org !== undefined)) throw ApiException.notFound();
    // Only the columns the page shows; the per-criterion scores are cut out of the stored score in SQL (with
    // `notApplicable` only where the scorer set it, so older publications keep their exact shape).
    const rows = (await this.publications.query(
      `SELECT p.organization_id, p.id, p.type, p.language, p.title, p.version, p.published_at, p.overall, p.class,
              p.score->>'grade' AS grade, p.score->'calibration' AS calibration,
              (SELECT jsonb_agg(jsonb_build_object('id', c->'id', 'key', c->'key', 'name', c->'name', 'score', c->'score')
                                || CASE WHEN c->'notApplicable' = 'true'::jsonb THEN '{"notApplicable": true}'::jsonb
                                        ELSE '{}'::jsonb END
                                ORDER BY n)
                 FROM jsonb_array_elements(p.score->'criteria') WITH ORDINALITY AS t(c, n)) AS criteria
         FROM publications p
        WHERE p.organization_id = ANY($1::uuid[]) AND p.withdrawn_at IS NULL
        ORDER BY p.published_at DESC, p.version DESC`,
      [orgs.map((org) => org.id)],
    )) as PublicationRow[];
    return orgs.map((org) => {
      const publications = rows.filter((row) => row.organization_id === org.id);
      if (publications.length === 0) throw ApiException.notFound();
      const stats = { publications: publications.length, latest: new Date(publications[0].published_at) };
      return { org, company: toPublicCompany(org, stats), publications };
    });
  }

  private async publicQuestions(organizationId: string, publicationId?: string): Promise<PublicQuestion[]> {
    const qb = this.questions
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
    gradeBasis: gradeBasisOf(p.calibration),
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
    gradeBasis: gradeBasisOf(p.score.calibration),
    class: p.disclosureClass,
  };
}
