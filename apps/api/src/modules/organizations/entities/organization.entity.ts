import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CompanySize, IndustryCode, ListingStatus, PrefectureCode } from '@ipgn/contracts';

@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable public handle (used later for the company's public disclosure page). */
  @Index('uq_organizations_slug', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  slug!: string;

  @Column({ name: 'legal_name_ja', type: 'varchar', length: 200 })
  legalNameJa!: string;

  @Column({ name: 'legal_name_en', type: 'varchar', length: 200, nullable: true })
  legalNameEn!: string | null;

  @Column({ name: 'listing_status', type: 'varchar', length: 16, default: 'unlisted' })
  listingStatus!: ListingStatus;

  @Column({ name: 'company_size', type: 'varchar', length: 16, default: 'sme' })
  companySize!: CompanySize;

  @Column({ type: 'varchar', length: 4, nullable: true })
  industry!: IndustryCode | null;

  /** TSE securities code (4 characters; since 2024 new codes may contain letters, e.g. '130A'). Listed companies only. */
  @Index('ix_organizations_securities_code')
  @Column({ name: 'securities_code', type: 'varchar', length: 4, nullable: true })
  securitiesCode!: string | null;

  @Column({ name: 'fiscal_year_end_month', type: 'smallint', default: 3 })
  fiscalYearEndMonth!: number;

  /** JIS X 0401 prefecture code of the head office ('01'–'47'). */
  @Column({ type: 'varchar', length: 2, nullable: true })
  prefecture!: PrefectureCode | null;

  @Column({ name: 'employee_count', type: 'integer', nullable: true })
  employeeCount!: number | null;

  @Column({ name: 'sells_abroad', type: 'boolean', nullable: true })
  sellsAbroad!: boolean | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
