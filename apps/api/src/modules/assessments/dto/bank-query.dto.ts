import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { SUPPORTED_BANK_VERSIONS, TRACKS, type Track } from '@ipgn/assessment';

export class BankQueryDto {
  @ApiProperty({ enum: TRACKS })
  @IsIn(TRACKS)
  track!: Track;

  /** An earlier bank version, to read a round answered on it; the current version by default. */
  @ApiPropertyOptional({ enum: SUPPORTED_BANK_VERSIONS })
  @IsOptional()
  @IsIn(SUPPORTED_BANK_VERSIONS)
  version?: string;
}
