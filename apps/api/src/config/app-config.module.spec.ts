import { Inject, Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { APP_CONFIG, loadConfig, type AppConfig } from './app-config';
import { AppConfigModule } from './app-config.module';

@Injectable()
class Reader {
  constructor(@Inject(APP_CONFIG) readonly config: AppConfig) {}
}

@Module({ imports: [AppConfigModule], providers: [Reader], exports: [Reader] })
class FeatureModule {}

async function settingsSeenBy(config: AppConfig): Promise<AppConfig> {
  const moduleRef = await Test.createTestingModule({
    imports: [AppConfigModule.forRoot(config), FeatureModule],
  }).compile();
  return moduleRef.get(Reader).config;
}

describe('AppConfigModule', () => {
  it('hands every validated setting to a module that imports it, with its type', async () => {
    const config = loadConfig({ EXTRACTION_TIMEOUT_MS: '1234', COOKIE_SECURE: 'true', PORT: '4101' });
    const seen = await settingsSeenBy(config);
    expect(seen).toEqual({ ...config });
    expect(seen.EXTRACTION_TIMEOUT_MS).toBe(1234);
    expect(seen.COOKIE_SECURE).toBe(true);
    expect(seen.SESSION_CACHE_TTL_MS).toBe(30_000);
  });

  it('keeps two applications in one process apart and leaves process.env alone', async () => {
    const before = { ...process.env };
    const [a, b] = await Promise.all([
      settingsSeenBy(loadConfig({ PORT: '4101', MAIL_FROM: 'a@example.test' })),
      settingsSeenBy(loadConfig({ PORT: '4102', MAIL_FROM: 'b@example.test' })),
    ]);
    expect([a.PORT, a.MAIL_FROM, b.PORT, b.MAIL_FROM]).toEqual([4101, 'a@example.test', 4102, 'b@example.test']);
    expect(process.env).toEqual(before);
  });

  it('is not global: a module that does not import it cannot inject the settings', async () => {
    @Module({ providers: [Reader] })
    class ForgetfulModule {}
    await expect(
      Test.createTestingModule({ imports: [AppConfigModule.forRoot(loadConfig({})), ForgetfulModule] }).compile(),
    ).rejects.toThrow(/APP_CONFIG|Symbol\(APP_CONFIG\)/);
  });
});
