import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { DISCLOSURE_LIST_SORTS, type DisclosureListSort } from '@ipgn/contracts';

/** `GET …/disclosures?sort=&offset=&limit=`: the order is checked here, the page by `@PageQuery()`. */
export class ListDisclosuresQueryDto {
  @ApiPropertyOptional({
    enum: DISCLOSURE_LIST_SORTS,
    default: 'newest',
    description:
      "'newest': newest first; 'score': overall score high → low, then newest first, then id (stable across pages)",
  })
  @IsOptional()
  @IsIn(DISCLOSURE_LIST_SORTS)
  sort?: DisclosureListSort;

  @ApiPropertyOptional({ description: 'Page start (see Page<T>)' })
  @IsOptional()
  @IsString()
  offset?: string;

  @ApiPropertyOptional({ description: 'Page length, 1–200 (see Page<T>)' })
  @IsOptional()
  @IsString()
  limit?: string;
}
