import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../common/auth/access.decorators';
import { CurrentOrganization, CurrentUser } from '../../common/auth/current.decorators';
import { ParseId } from '../../common/http/parse-id.pipe';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { PublicationTitleDto } from './dto/publishing.dto';
import { PublicationsService } from './publications.service';
import type { PublicationRef } from '@ipgn/contracts';

/** The company renames a published version: the title investors read (the text and score stay frozen). */
@ApiTags('publishing')
@Controller('orgs/:orgId/publications')
export class PublicationTitlesController {
  constructor(private readonly publications: PublicationsService) {}

  @Patch(':id')
  @RequirePermission('draft:publish')
  rename(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
    @Body() dto: PublicationTitleDto,
  ): Promise<PublicationRef> {
    return this.publications.rename(org, user, id, dto.title);
  }
}
