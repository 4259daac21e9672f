import type { Repository } from 'typeorm';
import type { PageRequest, PublicCompany } from '@ipgn/contracts';
import type { PublicOrganization } from '../organizations/organization-directory.service';
import { PublicationEntity } from './entities/publication.entity';

/** A company's count of public (not withdrawn) publications and the date of the latest. */
export interface PublicationStats {
  organizationId: string;
  publications: number;
  /** Null only for a followed company whose publications were all withdrawn since. */
  latest: Date | null;
}

export const NO_PUBLICATIONS = { publications: 0, latest: null } as const;

export function toPublicCompany(
  org: PublicOrganization,
  stats: Pick<PublicationStats, 'publications' | 'latest'>,
): PublicCompany {
  return {
    slug: org.slug,
    nameJa: org.legalNameJa,
    nameEn: org.legalNameEn,
    securitiesCode: org.securitiesCode,
    industry: org.industry,
    listingStatus: org.listingStatus,
    companySize: org.companySize,
    publications: Number(stats.publications),
    latestPublishedAt: new Date(stats.latest ?? 0).toISOString(),
  };
}

/**
 * Publication counts per company in one query over `publications`: for the given companies (`null`: every company
 * with a public publication; never an empty list), newest publication first; with `page`, one page of them.
 */
export async function publicationStats(
  publications: Repository<PublicationEntity>,
  organizationIds: readonly string[] | null,
  page?: PageRequest,
): Promise<PublicationStats[]> {
  const qb = publications
    .createQueryBuilder('p')
    .select('p.organization_id', 'organizationId')
    .addSelect('count(*)::int', 'publications')
    .addSelect('max(p.published_at)', 'latest')
    .where('p.withdrawn_at IS NULL')
    .groupBy('p.organization_id')
    .orderBy('max(p.published_at)', 'DESC')
    .addOrderBy('p.organization_id');
  if (organizationIds) qb.andWhere('p.organization_id IN (:...ids)', { ids: organizationIds });
  if (page) qb.limit(page.limit).offset(page.offset);
  return qb.getRawMany<PublicationStats>();
}

/** How many of the given companies (`null`: any) have a public publication. */
export async function countPublishers(
  publications: Repository<PublicationEntity>,
  organizationIds: readonly string[] | null,
): Promise<number> {
  const qb = publications
    .createQueryBuilder('p')
    .select('count(DISTINCT p.organization_id)::int', 'n')
    .where('p.withdrawn_at IS NULL');
  if (organizationIds) qb.andWhere('p.organization_id IN (:...ids)', { ids: organizationIds });
  return (await qb.getRawOne<{ n: number }>())?.n ?? 0;
}
