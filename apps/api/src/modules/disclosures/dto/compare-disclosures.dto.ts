import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DISCLOSURE_COMPARE_ORDERS, type DisclosureCompareOrder } from '@ipgn/contracts';

export class CompareDisclosuresQueryDto {
  @ApiPropertyOptional({
    enum: DISCLOSURE_COMPARE_ORDERS,
    default: 'document',
    description: "'document': older document left; 'given': as in the path (the swap button)",
  })
  @IsOptional()
  @IsIn(DISCLOSURE_COMPARE_ORDERS)
  order?: DisclosureCompareOrder;
}
