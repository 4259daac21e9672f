import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { CsrfTokenResponse, CurrentUser as CurrentUserDto } from '@ipgn/contracts';
import { Public, SignedIn } from '../../common/auth/access.decorators';
import { CurrentUser } from '../../common/auth/current.decorators';
import { CsrfService } from '../../common/auth/csrf.service';
import type { AuthenticatedUser } from '../../common/http/request-context';
import { AccountService } from './account.service';
import { AuthService } from './auth.service';
import { AuthThrottlerGuard } from './auth-throttler.guard';
import { SignInLimitGuard } from '../../common/throttle/sign-in-limit.guard';
import { LoginDto, PasswordResetConfirmDto, PasswordResetRequestDto, SignupDto, UpdateMeDto } from './dto/auth.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountService,
    private readonly csrf: CsrfService,
  ) {}

  @Get('csrf')
  @Public()
  csrfToken(@Req() req: Request, @Res({ passthrough: true }) res: Response): CsrfTokenResponse {
    return { csrfToken: this.csrf.issue(req, res) };
  }

  @Post('signup')
  @Public()
  @UseGuards(AuthThrottlerGuard, SignInLimitGuard)
  signup(@Body() dto: SignupDto, @Res({ passthrough: true }) res: Response): Promise<CurrentUserDto> {
    return this.auth.signup(dto, res);
  }

  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(AuthThrottlerGuard, SignInLimitGuard)
  login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response): Promise<CurrentUserDto> {
    return this.auth.login(dto, res);
  }

  @Post('logout')
  @HttpCode(204)
  @SignedIn()
  logout(@CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) res: Response): Promise<void> {
    return this.auth.logout(user.sessionId, res);
  }

  @Get('me')
  @SignedIn()
  me(@CurrentUser() user: AuthenticatedUser): Promise<CurrentUserDto> {
    return this.accounts.currentUser(user.id);
  }

  @Patch('me')
  @SignedIn()
  updateMe(@CurrentUser() user: AuthenticatedUser, @Body() dto: UpdateMeDto): Promise<CurrentUserDto> {
    return this.auth.updateMe(user.id, dto);
  }

  @Post('password-reset/request')
  @HttpCode(202)
  @Public()
  @UseGuards(AuthThrottlerGuard, SignInLimitGuard)
  async requestPasswordReset(@Body() dto: PasswordResetRequestDto): Promise<void> {
    await this.auth.requestPasswordReset(dto.email);
  }

  @Post('password-reset/confirm')
  @HttpCode(204)
  @Public()
  @UseGuards(AuthThrottlerGuard, SignInLimitGuard)
  confirmPasswordReset(@Body() dto: PasswordResetConfirmDto): Promise<void> {
    return this.auth.confirmPasswordReset(dto);
  }
}
