import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional } from 'class-validator';

/** The shape of each part is checked by the domain library (validatePlanning, validateNotes). */
export class SavePlanningDto {
  @ApiPropertyOptional({ description: '{ questions: { [questionId]: 0–4 }, modules: { [moduleId]: 0–4 } }' })
  @IsOptional()
  @IsObject()
  targets?: Record<string, unknown>;

  @ApiPropertyOptional({ description: '{ questions: { [questionId]: reason }, modules: { [moduleId]: reason } }' })
  @IsOptional()
  @IsObject()
  scope?: Record<string, unknown>;

  @ApiPropertyOptional({ description: '{ [questionId]: { comment?, evidence?: url[] } }' })
  @IsOptional()
  @IsObject()
  notes?: Record<string, unknown>;
}
