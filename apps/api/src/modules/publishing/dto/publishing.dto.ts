import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  INDUSTRY_CODES,
  LISTING_STATUSES,
  MAX_ANSWER_CHARS,
  MAX_QUESTION_CHARS,
  type IndustryCode,
  type ListingStatus,
} from '@ipgn/contracts';
import { DRAFT_LANGUAGES, DRAFT_TYPES, type DraftLanguage, type DraftType } from '@ipgn/drafting';
import { PagedQueryDto } from '../../../common/http/paged-query.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
// The limits live in the contract so the web forms count against the same numbers.
export { MAX_ANSWER_CHARS, MAX_QUESTION_CHARS };
export const MAX_PUBLICATION_TITLE_CHARS = 200;

export class CompaniesQueryDto extends PagedQueryDto {
  @ApiPropertyOptional({ description: 'TSE 33-sector code' })
  @IsOptional()
  @IsIn(INDUSTRY_CODES)
  industry?: IndustryCode;

  @ApiPropertyOptional({ enum: LISTING_STATUSES })
  @IsOptional()
  @IsIn(LISTING_STATUSES)
  listingStatus?: ListingStatus;

  @ApiPropertyOptional({
    description: 'A company name (Japanese or English, partial) or securities code (e.g. 7203, 130A)',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class CompareQueryDto {
  @ApiProperty({ description: 'Two to four company slugs, comma-separated' })
  @IsString()
  @Matches(/^[a-z0-9-]{1,64}(,[a-z0-9-]{1,64}){0,9}$/)
  slugs!: string;

  @ApiPropertyOptional({
    enum: DRAFT_TYPES,
    description: 'Compare this draft type (the latest publication of any type when omitted)',
  })
  @IsOptional()
  @IsIn(DRAFT_TYPES)
  type?: DraftType;

  @ApiPropertyOptional({ enum: DRAFT_LANGUAGES, default: 'ja' })
  @IsOptional()
  @IsIn(DRAFT_LANGUAGES)
  language?: DraftLanguage;
}

export class AskQuestionDto {
  @ApiProperty({ maxLength: MAX_QUESTION_CHARS })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_QUESTION_CHARS)
  body!: string;
}

export class AnswerQuestionDto {
  @ApiProperty({ maxLength: MAX_ANSWER_CHARS })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_ANSWER_CHARS)
  body!: string;

  @ApiProperty({ description: 'Show the question and this answer on the public company page' })
  @IsBoolean()
  makePublic!: boolean;
}

export class PublicationTitleDto {
  @ApiProperty({
    maxLength: MAX_PUBLICATION_TITLE_CHARS,
    description: 'The title investors read on the public page and in the PDF',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_PUBLICATION_TITLE_CHARS)
  title!: string;
}
