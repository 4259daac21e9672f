import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, ConfigService, registerAs } from '@nestjs/config';
import { APP_CONFIG, type AppConfig } from './app-config';

/** The namespace of the validated settings in @nestjs/config. */
export const APP_CONFIG_NAMESPACE = 'app';

/**
 * Typed settings for the modules that read them: import AppConfigModule and inject `@Inject(APP_CONFIG) AppConfig`.
 * The values are the ones `loadConfig` validated (class-validator, before the API starts: main.ts needs them to open
 * the database), registered once with @nestjs/config by `AppConfigModule.forRoot` in AppModule. Not global: the
 * module graph shows who reads configuration.
 */
@Module({
  imports: [ConfigModule],
  providers: [
    {
      provide: APP_CONFIG,
      inject: [ConfigService],
      useFactory: (config: ConfigService): AppConfig => config.getOrThrow<AppConfig>(APP_CONFIG_NAMESPACE),
    },
  ],
  exports: [APP_CONFIG],
})
export class AppConfigModule {
  /**
   * Registers validated settings, once, in the root module. `.env` and the environment were read and validated by
   * `loadConfig`; @nestjs/config neither reads `.env` again, nor process.env (so two apps in one process, as in
   * the two-instance tests, each see their own settings), nor writes anything back to process.env.
   */
  static forRoot(config: AppConfig): Promise<DynamicModule> {
    return ConfigModule.forRoot({
      ignoreEnvFile: true,
      validatePredefined: false,
      skipProcessEnv: true,
      load: [registerAs(APP_CONFIG_NAMESPACE, () => ({ ...config }))],
    });
  }
}
