import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/access.decorators';
import { ParseId } from '../../common/http/parse-id.pipe';
import { CompaniesQueryDto, CompareQueryDto } from './dto/publishing.dto';
import type { CompanyComparison, PublicCompany, PublicCompanyPage, PublicPublication } from './publishing-views';
import { PublishingService } from './publishing.service';

/** The public, read-only investor view: published disclosures only. */
@ApiTags('public')
@Controller('public')
export class PublishingController {
  constructor(private readonly publishing: PublishingService) {}

  @Get('companies')
  @Public()
  companies(@Query() query: CompaniesQueryDto): Promise<PublicCompany[]> {
    return this.publishing.companies(query);
  }

  @Get('companies/:slug')
  @Public()
  company(@Param('slug') slug: string): Promise<PublicCompanyPage> {
    return this.publishing.company(slug);
  }

  @Get('companies/:slug/publications/:publicationId')
  @Public()
  publication(@Param('slug') slug: string, @Param('publicationId', ParseId) publicationId: string): Promise<PublicPublication> {
    return this.publishing.publication(slug, publicationId);
  }

  @Get('compare')
  @Public()
  compare(@Query() query: CompareQueryDto): Promise<CompanyComparison> {
    return this.publishing.compare(query);
  }
}
