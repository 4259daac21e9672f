import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { MODULE_IDS, type ModuleId } from '@ipgn/assessment';
import {
  WORKSHOP_ANONYMITY,
  WORKSHOP_DEPARTMENTS,
  type WorkshopAnonymity,
  type WorkshopDepartment,
} from '../workshop-departments';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The six-character join code; its own constraint so that the message says the format (`fields.isJoinCode`). */
function IsJoinCode(): PropertyDecorator {
  return ValidateBy({
    name: 'isJoinCode',
    validator: { validate: (value: unknown) => typeof value === 'string' && /^[A-Z0-9]{6}$/.test(value) },
  });
}

/** At most this many questions in one workshop (a 60-minute session covers far fewer). */
export const MAX_WORKSHOP_QUESTIONS = 60;

export class CreateWorkshopDto {
  @ApiProperty({ example: '経営と知財の対話ワークショップ' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({
    description: 'Whole modules of the question bank (e.g. ["m9"] for the management–IP communication maturity set).',
    enum: MODULE_IDS,
    isArray: true,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MODULE_IDS.length)
  @ArrayUnique()
  @IsIn(MODULE_IDS, { each: true })
  modules?: ModuleId[];

  @ApiPropertyOptional({
    description: 'A custom selection of bank question ids, added after the modules’ questions.',
    type: [String],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_WORKSHOP_QUESTIONS)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  questionIds?: string[];

  @ApiProperty({ enum: WORKSHOP_DEPARTMENTS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WORKSHOP_DEPARTMENTS.length)
  @ArrayUnique()
  @IsIn(WORKSHOP_DEPARTMENTS, { each: true })
  departments!: WorkshopDepartment[];

  @ApiProperty({ enum: WORKSHOP_ANONYMITY })
  @IsIn(WORKSHOP_ANONYMITY)
  anonymity!: WorkshopAnonymity;

  @ApiProperty({ example: '2026-12-10T10:00:00+09:00' })
  @IsISO8601({ strict: true })
  scheduledAt!: string;
}

/** Changes a draft workshop; every field optional. */
export class UpdateWorkshopDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ enum: MODULE_IDS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MODULE_IDS.length)
  @ArrayUnique()
  @IsIn(MODULE_IDS, { each: true })
  modules?: ModuleId[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_WORKSHOP_QUESTIONS)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  questionIds?: string[];

  @ApiPropertyOptional({ enum: WORKSHOP_DEPARTMENTS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WORKSHOP_DEPARTMENTS.length)
  @ArrayUnique()
  @IsIn(WORKSHOP_DEPARTMENTS, { each: true })
  departments?: WorkshopDepartment[];

  @ApiPropertyOptional({ enum: WORKSHOP_ANONYMITY })
  @IsOptional()
  @IsIn(WORKSHOP_ANONYMITY)
  anonymity?: WorkshopAnonymity;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true })
  scheduledAt?: string;
}

/** Facilitator controls of a live workshop; send only what changes. */
export class WorkshopStateDto {
  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_WORKSHOP_QUESTIONS)
  currentQuestionIndex?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  resultsVisible?: boolean;

  @ApiPropertyOptional({ description: 'Lock a question: participants can no longer change its answers.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  lockQuestionId?: string;

  @ApiPropertyOptional({ description: 'Unlock a locked question.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  unlockQuestionId?: string;

  @ApiPropertyOptional({
    description: 'Start a countdown of this many seconds; 0 or null stops it.',
    nullable: true,
    minimum: 0,
    maximum: 3600,
  })
  @IsOptional()
  @ValidateIf((o: WorkshopStateDto) => o.timerSeconds !== null)
  @IsInt()
  @Min(0)
  @Max(3600)
  timerSeconds?: number | null;
}

export class JoinWorkshopDto {
  @ApiProperty({
    example: 'K7QX2M',
    description: 'The six-character join code shown by the facilitator (case-insensitive).',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @IsJoinCode()
  code!: string;

  @ApiProperty({ enum: WORKSHOP_DEPARTMENTS })
  @IsIn(WORKSHOP_DEPARTMENTS)
  department!: WorkshopDepartment;

  @ApiPropertyOptional({ description: 'Shown to the facilitator in a named workshop; ignored in an anonymous one.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  displayName?: string;

  @ApiPropertyOptional({
    description: 'A random key the device keeps (localStorage): joining again with it rejoins as the same participant.',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{22,64}$/)
  deviceKey?: string;
}

/** Looking a join code up before joining (the join form shows the workshop's departments and anonymity). */
export class JoinLookupDto {
  @ApiProperty({ example: 'K7QX2M' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @IsJoinCode()
  code!: string;
}

export class JoinAsMemberDto {
  @ApiProperty({ enum: WORKSHOP_DEPARTMENTS })
  @IsIn(WORKSHOP_DEPARTMENTS)
  department!: WorkshopDepartment;

  @ApiPropertyOptional({
    description: 'A random key the device keeps (localStorage): joining again with it rejoins as the same participant.',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{22,64}$/)
  deviceKey?: string;
}

export class ParticipantAnswerDto {
  /** Checked against the question by the domain library's validateAnswer. */
  @ApiProperty({ description: 'maturity 0–4 or option id(s); null clears the answer', nullable: true })
  @Allow()
  value!: unknown;

  /** Chosen by the phone once per answer and reused on every retry of it. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  clientRequestId!: string;
}

export class AgreedAnswerDto {
  @ApiProperty({
    description: 'The agreed answer (same form as an assessment answer); null removes it',
    nullable: true,
  })
  @Allow()
  value!: unknown;
}

export class ApplyToAssessmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  assessmentId!: string;
}
