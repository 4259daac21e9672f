import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { Language } from '@ipgn/disclosure-scoring';
import { DISCLOSURE_LANGUAGES } from '../disclosure-types';
import {
  DISCLOSURE_DOCUMENT_TYPES,
  type DisclosureDocumentType,
  MAX_DISCLOSURE_COMPANY_NAME_CHARS,
  MAX_DISCLOSURE_TEXT_CHARS,
} from '@ipgn/contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/**
 * An investor's own check: the company form's fields and limits, except that the title may be left out (the
 * company name, else nothing, stands in), plus the browser's submission id that makes a resent form one record.
 */
export class DisclosureCheckMetaDto {
  @ApiPropertyOptional({ example: 'A社 コーポレート・ガバナンス報告書 2026', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  title?: string;

  @ApiProperty({ enum: DISCLOSURE_DOCUMENT_TYPES })
  @IsIn(DISCLOSURE_DOCUMENT_TYPES)
  documentType!: DisclosureDocumentType;

  @ApiPropertyOptional({ enum: DISCLOSURE_LANGUAGES, description: 'Detected from the text when omitted.' })
  @IsOptional()
  @IsIn(DISCLOSURE_LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({
    description: 'Whose text this is: that name never counts as specific content.',
    maxLength: MAX_DISCLOSURE_COMPANY_NAME_CHARS,
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(MAX_DISCLOSURE_COMPANY_NAME_CHARS)
  companyName?: string;

  @ApiPropertyOptional({
    description:
      'Chosen by the client for one version of the form: sending it again (a double click, a retry) returns the record already made instead of a second one.',
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID()
  submissionId?: string;
}

export class CreateDisclosureCheckDto extends DisclosureCheckMetaDto {
  @ApiProperty({ description: `The disclosure text (at most ${MAX_DISCLOSURE_TEXT_CHARS} characters).` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_DISCLOSURE_TEXT_CHARS)
  text!: string;
}

/** Multipart fields sent with the `file` part. */
export class UploadDisclosureCheckDto extends DisclosureCheckMetaDto {}
