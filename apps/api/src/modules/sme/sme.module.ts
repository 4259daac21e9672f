import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { SmeController } from './sme.controller';
import { SmeService } from './sme.service';

@Module({
  imports: [AssessmentsModule],
  providers: [SmeService],
  controllers: [SmeController],
})
export class SmeModule {}
