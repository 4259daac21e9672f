import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import type { Page, PageRequest, PublicCompany } from '@ipgn/contracts';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/access.decorators';
import { exportStreamableFile } from '../../common/export/export-streamable-file';
import { PageQuery } from '../../common/http/page-request.decorator';
import { ParseId } from '../../common/http/parse-id.pipe';
import { PublicationPdfService } from './publication-pdf.service';
import { CompaniesQueryDto, CompareQueryDto } from './dto/publishing.dto';
import { PublishingService } from './publishing.service';
import type { CompanyComparison, PublicCompanyPage, PublicPublication } from '@ipgn/drafting';

/** The public, read-only investor view: published disclosures only. */
@ApiTags('public')
@Controller('public')
export class PublishingController {
  constructor(
    private readonly publishing: PublishingService,
    private readonly pdfs: PublicationPdfService,
  ) {}

  @Get('companies')
  @Public()
  companies(@Query() query: CompaniesQueryDto, @PageQuery() page: PageRequest): Promise<Page<PublicCompany>> {
    return this.publishing.companies(query, page);
  }

  @Get('companies/:slug')
  @Public()
  company(@Param('slug') slug: string): Promise<PublicCompanyPage> {
    return this.publishing.company(slug);
  }

  @Get('companies/:slug/publications/:publicationId')
  @Public()
  publication(
    @Param('slug') slug: string,
    @Param('publicationId', ParseId) publicationId: string,
  ): Promise<PublicPublication> {
    return this.publishing.publication(slug, publicationId);
  }

  /** The published version as PDF (the same bytes every time for the same publication and title). */
  @Get('companies/:slug/publications/:publicationId/export.pdf')
  @Public()
  async publicationPdf(
    @Param('slug') slug: string,
    @Param('publicationId', ParseId) publicationId: string,
  ): Promise<StreamableFile> {
    return exportStreamableFile(await this.pdfs.pdf(slug, publicationId));
  }

  @Get('compare')
  @Public()
  compare(@Query() query: CompareQueryDto): Promise<CompanyComparison> {
    return this.publishing.compare(query);
  }
}
