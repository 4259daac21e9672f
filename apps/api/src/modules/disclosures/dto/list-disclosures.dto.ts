import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DISCLOSURE_LIST_SORTS, type DisclosureListSort } from '@ipgn/contracts';
import { PagedQueryDto } from '../../../common/http/paged-query.dto';

/** `GET …/disclosures?sort=&offset=&limit=`: the order is checked here, the page by `@PageQuery()`. */
export class ListDisclosuresQueryDto extends PagedQueryDto {
  @ApiPropertyOptional({
    enum: DISCLOSURE_LIST_SORTS,
    default: 'newest',
    description:
      "'newest': newest first; 'score': overall score high → low, then newest first, then id (stable across pages)",
  })
  @IsOptional()
  @IsIn(DISCLOSURE_LIST_SORTS)
  sort?: DisclosureListSort;
}
