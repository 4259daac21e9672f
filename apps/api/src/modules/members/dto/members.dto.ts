import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, MaxLength } from 'class-validator';
import {
  ORGANIZATION_ROLES,
  type CreateInvitationRequest,
  type OrganizationRole,
  type UpdateMemberRequest,
} from '@ipgn/contracts';

export class UpdateMemberDto implements UpdateMemberRequest {
  @ApiProperty({ enum: ORGANIZATION_ROLES })
  @IsIn(ORGANIZATION_ROLES)
  role!: OrganizationRole;
}

export class CreateInvitationDto implements CreateInvitationRequest {
  @ApiProperty({ example: 'colleague@example.co.jp' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: ORGANIZATION_ROLES })
  @IsIn(ORGANIZATION_ROLES)
  role!: OrganizationRole;
}
