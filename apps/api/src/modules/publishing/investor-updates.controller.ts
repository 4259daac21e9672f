import { Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../../common/auth/access.decorators';
import { CurrentUser } from '../../common/auth/current.decorators';
import type { AuthenticatedUser } from '../../common/http/request-context';
import { InvestorUpdatesService } from './investor-updates.service';
import type { InvestorUpdates } from '@ipgn/contracts';

/** An investor's followed companies and "since your last visit" (investor accounts only: 403 `INVESTOR_ONLY`). */
@ApiTags('investor')
@Controller('me/follows')
export class InvestorUpdatesController {
  constructor(private readonly updates: InvestorUpdatesService) {}

  @Get()
  @SignedIn()
  list(@CurrentUser() user: AuthenticatedUser): Promise<InvestorUpdates> {
    return this.updates.updates(user);
  }

  @Post('seen')
  @HttpCode(204)
  @SignedIn()
  seen(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.updates.markSeen(user);
  }

  @Put(':slug')
  @HttpCode(204)
  @SignedIn()
  follow(@CurrentUser() user: AuthenticatedUser, @Param('slug') slug: string): Promise<void> {
    return this.updates.follow(user, slug);
  }

  @Delete(':slug')
  @HttpCode(204)
  @SignedIn()
  unfollow(@CurrentUser() user: AuthenticatedUser, @Param('slug') slug: string): Promise<void> {
    return this.updates.unfollow(user, slug);
  }
}
