import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { TRACKS, type Track } from '@ipgn/assessment';

export class BankQueryDto {
  @ApiProperty({ enum: TRACKS })
  @IsIn(TRACKS)
  track!: Track;
}
