import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import type { UpdateBenchmarkParticipationRequest } from '@ipgn/contracts';

export class UpdateBenchmarkParticipationDto implements UpdateBenchmarkParticipationRequest {
  @ApiProperty({
    description: 'true: share the latest submitted round’s dimension scores with the anonymous industry benchmark',
  })
  @IsBoolean()
  optedIn!: boolean;
}
