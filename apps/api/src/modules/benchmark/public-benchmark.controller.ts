import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { INDUSTRY_CODES, type PublicBenchmarkView } from '@ipgn/contracts';
import { Public } from '../../common/auth/access.decorators';
import { ApiException } from '../../common/errors/api-exception';
import { BenchmarkService } from './benchmark.service';

const KNOWN_INDUSTRIES: ReadonlySet<string> = new Set(INDUSTRY_CODES);

/** The investor's read-only view of a sector's anonymous distribution (issue 17: public pages only). */
@ApiTags('public')
@Controller('public/benchmark')
export class PublicBenchmarkController {
  constructor(private readonly benchmark: BenchmarkService) {}

  @Get(':industry')
  @Public()
  distribution(@Param('industry') industry: string): Promise<PublicBenchmarkView> {
    // Checked against the fixed TSE list before any query, so any input, of any size, is answered at once.
    if (!KNOWN_INDUSTRIES.has(industry))
      throw ApiException.badRequest('VALIDATION_FAILED', [{ field: 'industry', code: 'isIn' }]);
    return this.benchmark.publicDistribution(industry);
  }
}
