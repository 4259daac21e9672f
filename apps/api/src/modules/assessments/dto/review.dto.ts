import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { REVIEW_COMMENT_MAX_LENGTH, REVIEW_DECISIONS, type ReviewDecision } from '@ipgn/assessment';

/** A reviewer's decision on one answer; the domain's checkReview adds the rules that need the round. */
export class ReviewAnswerDto {
  @ApiProperty({ enum: REVIEW_DECISIONS })
  @IsIn(REVIEW_DECISIONS)
  decision!: ReviewDecision;

  /** Required when returning: the contributor sees it as the reason. */
  @ApiPropertyOptional({ maxLength: REVIEW_COMMENT_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(REVIEW_COMMENT_MAX_LENGTH)
  comment?: string;

  /** The answer version the reviewer looked at. */
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  answerVersion!: number;
}
