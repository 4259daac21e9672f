import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { companySearch } from './company-search';
import { OrganizationEntity } from './entities/organization.entity';

/** The columns of an organization that the public investor view may show, with its id. */
export type PublicOrganization = Pick<
  OrganizationEntity,
  'id' | 'slug' | 'legalNameJa' | 'legalNameEn' | 'securitiesCode' | 'industry' | 'listingStatus' | 'companySize'
>;

/** What an investor filters the company directory by; `q` finds a name (ja/en, partial) or a securities code. */
export interface DirectoryFilter {
  industry?: string;
  listingStatus?: string;
  q?: string;
}

const PUBLIC_COLUMNS: Record<keyof PublicOrganization, true> = {
  id: true,
  slug: true,
  legalNameJa: true,
  legalNameEn: true,
  securitiesCode: true,
  industry: true,
  listingStatus: true,
  companySize: true,
};

/**
 * The public company directory as the organizations module answers it: other modules (the investor view) ask by
 * filter, by ids (one query for a whole list) or by slug, and never read the `organizations` table themselves.
 */
@Injectable()
export class OrganizationDirectory {
  constructor(@InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>) {}

  /**
   * The ids of the organizations matching the filter, in one query; `null` when the filter is empty (every
   * organization matches, so the caller need not restrict its own query).
   */
  async idsMatching(filter: DirectoryFilter): Promise<string[] | null> {
    const search = filter.q ? companySearch(filter.q) : undefined;
    if (!filter.industry && !filter.listingStatus && !search) return null;
    const qb = this.organizations.createQueryBuilder('o').select('o.id', 'id');
    if (filter.industry) qb.andWhere('o.industry = :industry', { industry: filter.industry });
    if (filter.listingStatus) qb.andWhere('o.listing_status = :listingStatus', { listingStatus: filter.listingStatus });
    if (search) {
      const either = [`o.legal_name_ja ILIKE :like ESCAPE '\\'`, `o.legal_name_en ILIKE :like ESCAPE '\\'`];
      if (search.codePrefix) either.push('o.securities_code LIKE :codePrefix');
      qb.andWhere(`(${either.join(' OR ')})`, { like: search.like, codePrefix: search.codePrefix });
    }
    return (await qb.getRawMany<{ id: string }>()).map((r) => r.id);
  }

  /** The public columns of these organizations, by id, in one query (unknown ids are left out). */
  async publicProfiles(ids: readonly string[]): Promise<Map<string, PublicOrganization>> {
    if (ids.length === 0) return new Map();
    const rows = await this.organizations.find({ where: { id: In([...new Set(ids)]) }, select: PUBLIC_COLUMNS });
    return new Map(rows.map((o) => [o.id, o]));
  }

  /** The public columns of the organizations behind these slugs, by slug, in one query (unknown slugs are left out). */
  async publicProfilesBySlug(slugs: readonly string[]): Promise<Map<string, PublicOrganization>> {
    if (slugs.length === 0) return new Map();
    const rows = await this.organizations.find({ where: { slug: In([...new Set(slugs)]) }, select: PUBLIC_COLUMNS });
    return new Map(rows.map((o) => [o.slug, o]));
  }

  /** The public columns of the organization behind a public page's slug, or null. */
  async publicProfileBySlug(slug: string): Promise<PublicOrganization | null> {
    return this.organizations.findOne({ where: { slug }, select: PUBLIC_COLUMNS });
  }
}
