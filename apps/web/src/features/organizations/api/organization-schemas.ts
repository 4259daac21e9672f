import * as z from 'zod/mini';
import {
  COMPANY_SIZES,
  INDUSTRY_CODES,
  LISTING_STATUSES,
  PREFECTURE_CODES,
  type OrganizationProfile,
} from '@ipgn/contracts';

// Runtime schema of an organization's profile (read, create, update), loaded with the first call.

export const organizationProfileSchema: z.ZodMiniType<OrganizationProfile> = z.looseObject({
  id: z.string(),
  slug: z.string(),
  legalNameJa: z.string(),
  legalNameEn: z.nullable(z.string()),
  listingStatus: z.enum(LISTING_STATUSES),
  companySize: z.enum(COMPANY_SIZES),
  industry: z.nullable(z.enum(INDUSTRY_CODES)),
  fiscalYearEndMonth: z.number(),
  securitiesCode: z.optional(z.nullable(z.string())),
  prefecture: z.optional(z.nullable(z.enum(PREFECTURE_CODES))),
  employeeCount: z.optional(z.nullable(z.number())),
  sellsAbroad: z.optional(z.nullable(z.boolean())),
  createdAt: z.string(),
  updatedAt: z.string(),
});
