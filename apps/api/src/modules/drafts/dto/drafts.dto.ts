import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MAX_COMMENT_CHARS, MAX_SECTION_CHARS } from '@ipgn/contracts';
import { DRAFT_LANGUAGES, DRAFT_TYPES, type DraftLanguage, type DraftType } from '@ipgn/drafting';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

// The limits live in the contract so the web editor counts against the same numbers.
export { MAX_COMMENT_CHARS, MAX_SECTION_CHARS };

export class CreateDraftDto {
  @ApiProperty({ enum: DRAFT_TYPES })
  @IsIn(DRAFT_TYPES)
  type!: DraftType;

  @ApiProperty({ enum: DRAFT_LANGUAGES })
  @IsIn(DRAFT_LANGUAGES)
  language!: DraftLanguage;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The assessment round to draft from; the latest (submitted first) when omitted.',
  })
  @IsOptional()
  @IsUUID()
  assessmentId?: string;
}

export class PutCompanyFactsDto {
  /** Checked field by field against `companyFactsSchemas().companyFacts` (libs/drafting) by `companyFactsIssues`. */
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'CompanyFacts (see docs/drafting.md)' })
  @Allow()
  facts!: unknown;

  /** The version last read; 0 when the organization has no facts yet. */
  @ApiProperty({ minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  expectedVersion!: number;
}

/** A run of an edited paragraph: text, or a slot of the draft kept as it was (named by its id). */
export class RunDto {
  @ApiProperty({ enum: ['text', 'slot'] })
  @IsIn(['text', 'slot'])
  kind!: 'text' | 'slot';

  @ApiPropertyOptional()
  @ValidateIf((r: RunDto) => r.kind === 'text')
  @IsString()
  @MaxLength(MAX_SECTION_CHARS)
  text?: string;

  @ApiPropertyOptional()
  @ValidateIf((r: RunDto) => r.kind === 'slot')
  @IsString()
  @MaxLength(120)
  slotId?: string;
}

export class ParagraphDto {
  @ApiProperty({ type: [RunDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => RunDto)
  runs!: RunDto[];
}

export class SaveSectionDto {
  @ApiPropertyOptional({
    description: 'Plain text of the section; paragraphs are separated by an empty line. Give this or `paragraphs`.',
  })
  @ValidateIf((d: SaveSectionDto) => d.paragraphs === undefined)
  @IsString()
  @MaxLength(MAX_SECTION_CHARS)
  text?: string;

  @ApiPropertyOptional({
    type: [ParagraphDto],
    description: 'Paragraphs of runs (text, or a slot of the draft by id). Give this or `text`.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ParagraphDto)
  paragraphs?: ParagraphDto[];

  /** The draft version the editor last saw. */
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  expectedVersion!: number;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class CreateCommentDto {
  @ApiProperty()
  @IsString()
  @Matches(/^[A-Za-z0-9_.-]{1,64}$/)
  sectionId!: string;

  @ApiProperty({ maxLength: MAX_COMMENT_CHARS })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_COMMENT_CHARS)
  body!: string;
}

export class RequestChangesDto {
  @ApiProperty({ maxLength: MAX_COMMENT_CHARS })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_COMMENT_CHARS)
  comment!: string;
}

export class SubmitForReviewDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A member who may review (draft:review) to ask; every such member is notified when omitted.',
  })
  @IsOptional()
  @IsUUID()
  reviewerId?: string;

  /** The open "to be completed" slots (ids) the requester saw and accepts sending to review; all of them are needed. */
  @ApiPropertyOptional({ type: [String], description: 'Every open slot id of the current version, when any remain.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  acknowledgedGaps?: string[];
}

export class ExportQueryDto {
  @ApiPropertyOptional({ minimum: 1, description: 'The version to export; the current one when omitted.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version?: number;
}

export class AiRewriteDto {
  @ApiPropertyOptional({
    maxLength: 500,
    description: 'What the rewrite should aim at (e.g. "shorter", "add the KPI").',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  instruction?: string;
}
