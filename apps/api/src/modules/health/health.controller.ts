import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/access.decorators';
import { ApiException } from '../../common/errors/api-exception';
import { DATABASE_RETRY_AFTER_SECONDS } from '../../common/errors/database-unavailable';
import { Readiness } from './readiness';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly readiness: Readiness,
  ) {}

  /** Liveness and readiness in one: 200 only when the database answers and the instance is not shutting down. */
  @Get()
  @Public()
  async check(): Promise<{ status: 'ok'; database: 'ok' }> {
    if (this.readiness.isDraining) throw ApiException.retryLater(503, 'SHUTTING_DOWN', 1);
    try {
      await this.db.query('SELECT 1');
    } catch {
      throw ApiException.retryLater(503, 'DATABASE_UNAVAILABLE', DATABASE_RETRY_AFTER_SECONDS);
    }
    return { status: 'ok', database: 'ok' };
  }
}
