import { ApiProperty } from '@nestjs/swagger';
import { Allow, IsIn, IsInt, IsUUID, Max, Min, ValidateIf } from 'class-validator';
import { TRACKS, type Track } from '@ipgn/assessment';

export class StartAssessmentDto {
  @ApiProperty({ enum: TRACKS })
  @IsIn(TRACKS)
  track!: Track;
}

export class SaveAnswerDto {
  /** Checked against the question by the domain library's validateAnswer (type, range, options, URL). */
  @ApiProperty({
    description: 'maturity 0–4, option id(s), number, text or URL; null clears the answer',
    nullable: true,
  })
  @Allow()
  value!: unknown;

  /** The version the client last saw; 0 when the question had no answer yet. */
  @ApiProperty({ minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  expectedVersion!: number;
}

export class AssignModuleDto {
  /** The member to assign, or null to remove the assignment. */
  @ApiProperty({ nullable: true, format: 'uuid' })
  @ValidateIf((o: AssignModuleDto) => o.userId !== null)
  @IsUUID()
  userId!: string | null;
}
