import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission, SignedIn } from '../../common/auth/access.decorators';
import { CurrentOrganization, CurrentUser } from '../../common/auth/current.decorators';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import type { Page, PageRequest, MyQuestionView, QuestionsSummary, QuestionView } from '@ipgn/contracts';
import { PageQuery } from '../../common/http/page-request.decorator';
import { ParseId } from '../../common/http/parse-id.pipe';
import { DialogueService } from './dialogue.service';
import { AnswerQuestionDto, AskQuestionDto } from './dto/publishing.dto';

@ApiTags('dialogue')
@Controller()
export class DialogueController {
  constructor(private readonly dialogue: DialogueService) {}

  /** A signed-in investor asks about a published disclosure (company accounts: 403 `INVESTOR_ONLY`). */
  @Post('public/publications/:publicationId/questions')
  @SignedIn()
  ask(
    @CurrentUser() user: AuthenticatedUser,
    @Param('publicationId', ParseId) publicationId: string,
    @Body() dto: AskQuestionDto,
  ): Promise<MyQuestionView> {
    return this.dialogue.ask(user, publicationId, dto);
  }

  @Get('me/questions')
  @SignedIn()
  mine(@CurrentUser() user: AuthenticatedUser, @PageQuery() page: PageRequest): Promise<Page<MyQuestionView>> {
    return this.dialogue.mine(user, page);
  }

  @Get('orgs/:orgId/questions')
  @RequirePermission('dialogue:answer')
  list(@CurrentOrganization() org: OrganizationContext, @PageQuery() page: PageRequest): Promise<Page<QuestionView>> {
    return this.dialogue.listForOrganization(org, page);
  }

  @Get('orgs/:orgId/questions/summary')
  @RequirePermission('dialogue:answer')
  summary(@CurrentOrganization() org: OrganizationContext): Promise<QuestionsSummary> {
    return this.dialogue.summary(org);
  }

  /** Withdraws the answer (audited); answering again is editing (audited with the replaced text). */
  @Delete('orgs/:orgId/questions/:id/answer')
  @RequirePermission('dialogue:answer')
  withdraw(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
  ): Promise<QuestionView> {
    return this.dialogue.withdrawAnswer(org, user, id);
  }

  @Post('orgs/:orgId/questions/:id/answer')
  @HttpCode(200)
  @RequirePermission('dialogue:answer')
  answer(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
    @Body() dto: AnswerQuestionDto,
  ): Promise<QuestionView> {
    return this.dialogue.answer(org, user, id, dto);
  }
}
