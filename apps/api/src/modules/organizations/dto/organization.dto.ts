import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import {
  COMPANY_SIZES,
  INDUSTRY_CODES,
  PREFECTURE_CODES,
  isSecuritiesCode,
  normalizeSecuritiesCode,
  type PrefectureCode,
  LISTING_STATUSES,
  type CompanySize,
  type CreateOrganizationRequest,
  type IndustryCode,
  type ListingStatus,
  type UpdateOrganizationRequest,
} from '@ipgn/contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** '130a' and full-width '７２０３' are read as '130A' and '7203'. */
const securitiesCode = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? normalizeSecuritiesCode(value) : value;

/**
 * A TSE securities code. Its own constraint (not `Matches`), so that the message says the format expected
 * (`fields.isSecuritiesCode`: four characters, e.g. 7203 or 130A) instead of 「形式が正しくありません」.
 */
function IsSecuritiesCode(): PropertyDecorator {
  return ValidateBy({
    name: 'isSecuritiesCode',
    validator: { validate: (value: unknown) => typeof value === 'string' && isSecuritiesCode(value) },
  });
}

export class CreateOrganizationDto implements CreateOrganizationRequest {
  @ApiProperty({ example: '株式会社サンプル' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  legalNameJa!: string;

  @ApiPropertyOptional({ example: 'Sample Co., Ltd.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  legalNameEn?: string;

  @ApiPropertyOptional({ enum: LISTING_STATUSES })
  @IsOptional()
  @IsIn(LISTING_STATUSES)
  listingStatus?: ListingStatus;

  @ApiPropertyOptional({ enum: COMPANY_SIZES })
  @IsOptional()
  @IsIn(COMPANY_SIZES)
  companySize?: CompanySize;

  @ApiPropertyOptional({ enum: INDUSTRY_CODES, description: 'TSE 33-sector code' })
  @IsOptional()
  @IsIn(INDUSTRY_CODES)
  industry?: IndustryCode;

  @ApiPropertyOptional({ minimum: 1, maximum: 12 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  fiscalYearEndMonth?: number;

  @ApiPropertyOptional({ example: '7203', description: 'TSE securities code (4 characters, e.g. 7203 or 130A)' })
  @IsOptional()
  @Transform(securitiesCode)
  @IsString()
  @IsSecuritiesCode()
  securitiesCode?: string;

  @ApiPropertyOptional({ enum: PREFECTURE_CODES, description: 'JIS prefecture code of the head office' })
  @IsOptional()
  @IsIn(PREFECTURE_CODES)
  prefecture?: PrefectureCode;

  @ApiPropertyOptional({ minimum: 0, maximum: 1000000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000000)
  employeeCount?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  sellsAbroad?: boolean;
}

export class UpdateOrganizationDto implements UpdateOrganizationRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  legalNameJa?: string;

  /** null clears the English name. */
  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  legalNameEn?: string | null;

  @ApiPropertyOptional({ enum: LISTING_STATUSES })
  @IsOptional()
  @IsIn(LISTING_STATUSES)
  listingStatus?: ListingStatus;

  @ApiPropertyOptional({ enum: COMPANY_SIZES })
  @IsOptional()
  @IsIn(COMPANY_SIZES)
  companySize?: CompanySize;

  @ApiPropertyOptional({ enum: INDUSTRY_CODES, nullable: true })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsIn(INDUSTRY_CODES)
  industry?: IndustryCode | null;

  @ApiPropertyOptional({ minimum: 1, maximum: 12 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  fiscalYearEndMonth?: number;

  /** null clears the code. */
  @ApiPropertyOptional({
    example: '7203',
    nullable: true,
    description: 'TSE securities code (4 characters, e.g. 7203 or 130A)',
  })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @Transform(securitiesCode)
  @IsString()
  @IsSecuritiesCode()
  securitiesCode?: string | null;

  @ApiPropertyOptional({ enum: PREFECTURE_CODES, nullable: true })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsIn(PREFECTURE_CODES)
  prefecture?: PrefectureCode | null;

  @ApiPropertyOptional({ minimum: 0, maximum: 1000000, nullable: true })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsInt()
  @Min(0)
  @Max(1000000)
  employeeCount?: number | null;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsBoolean()
  sellsAbroad?: boolean | null;
}
