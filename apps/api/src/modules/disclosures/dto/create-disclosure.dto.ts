import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type { Language } from '@ipgn/disclosure-scoring';
import { DISCLOSURE_LANGUAGES } from '../disclosure-types';
import {
  DISCLOSURE_DOCUMENT_TYPES,
  type DisclosureDocumentType,
  MAX_DISCLOSURE_COMPANY_NAME_CHARS,
  MAX_DISCLOSURE_TEXT_CHARS,
} from '@ipgn/contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Fields common to pasting and uploading. */
export class DisclosureMetaDto {
  @ApiProperty({ example: 'コーポレート・ガバナンス報告書 補充原則3-1③（2026年）' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ enum: DISCLOSURE_DOCUMENT_TYPES })
  @IsIn(DISCLOSURE_DOCUMENT_TYPES)
  documentType!: DisclosureDocumentType;

  @ApiPropertyOptional({ enum: DISCLOSURE_LANGUAGES, description: 'Detected from the text when omitted.' })
  @IsOptional()
  @IsIn(DISCLOSURE_LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({
    description:
      "Whose text this is when it is not the organization's own (an analyst judging another company): that name, like the organization's, never counts as specific content.",
    maxLength: MAX_DISCLOSURE_COMPANY_NAME_CHARS,
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(MAX_DISCLOSURE_COMPANY_NAME_CHARS)
  companyName?: string;
}

export class CreateDisclosureDto extends DisclosureMetaDto {
  @ApiProperty({ description: `The disclosure text (at most ${MAX_DISCLOSURE_TEXT_CHARS} characters).` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_DISCLOSURE_TEXT_CHARS)
  text!: string;
}

/** Multipart fields sent with the `file` part. */
export class UploadDisclosureDto extends DisclosureMetaDto {}
