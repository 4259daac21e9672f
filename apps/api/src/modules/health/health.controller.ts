import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/access.decorators';
import { ApiException } from '../../common/errors/api-exception';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Liveness and readiness in one: 200 only when the database answers. */
  @Get()
  @Public()
  async check(): Promise<{ status: 'ok'; database: 'ok' }> {
    try {
      await this.db.query('SELECT 1');
    } catch {
      throw new ApiException(503, 'SERVICE_UNAVAILABLE');
    }
    return { status: 'ok', database: 'ok' };
  }
}
