import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/**
 * The paging fields of a list query, declared once so that a query DTO which also filters or orders can extend it
 * (unknown query names are refused). Their values are read and checked by `@PageQuery()`.
 */
export class PagedQueryDto {
  @ApiPropertyOptional({ description: 'Page start (see Page<T>)' })
  @IsOptional()
  @IsString()
  offset?: string;

  @ApiPropertyOptional({ description: 'Page length, 1–200 (see Page<T>)' })
  @IsOptional()
  @IsString()
  limit?: string;
}
