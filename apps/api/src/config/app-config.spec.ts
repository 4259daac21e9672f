import { ConfigError, loadConfig } from './app-config';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('starts with safe defaults on an empty environment (embedded database, no demo data, 1mb bodies)', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      HOST: '127.0.0.1',
      PGLITE_DIR: './data/pglite',
      DB_POOL_SIZE: 10,
      COOKIE_SECURE: false,
      BODY_LIMIT: '1mb',
      SEED_DEMO: false,
      LOG_LEVEL: 'info',
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.CSRF_SECRET).toBeUndefined();
  });

  it('seeds the demo only when asked for', () => {
    expect(loadConfig({ SEED_DEMO: 'true' }).SEED_DEMO).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false' }).SEED_DEMO).toBe(false);
  });

  it('reads only its own variables: anything else in the environment is ignored, not copied', () => {
    const config = loadConfig({ PATH: '/usr/bin', HOME: '/root', npm_config_cache: 'x', PORT: '4000' });
    expect(config.PORT).toBe(4000);
    expect(Object.keys(config)).not.toEqual(expect.arrayContaining(['PATH']));
    expect(Object.keys(config)).not.toContain('HOME');
  });

  it('reads numbers, booleans and URLs from strings; an empty value means unset', () => {
    const config = loadConfig({
      PORT: '8080',
      COOKIE_SECURE: 'true',
      SEED_DEMO: '0',
      DATABASE_URL: 'postgres://u:p@db:5432/ipgn',
      PUBLIC_URL: '',
    });
    expect(config).toMatchObject({
      PORT: 8080,
      COOKIE_SECURE: true,
      SEED_DEMO: false,
      DATABASE_URL: 'postgres://u:p@db:5432/ipgn',
    });
    expect(config.PUBLIC_URL).toBeUndefined();
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/ipgn'],
    ['DATABASE_URL', 'not a url'],
    ['DB_POOL_SIZE', '0'],
    ['NODE_ENV', 'staging'],
    ['LOG_LEVEL', 'loud'],
    ['CSRF_SECRET', 'too-short'],
    ['PUBLIC_URL', 'example'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    const error = configError({ [name]: value });
    expect(error.message).toContain('Invalid configuration');
    expect(error.message).toContain(`${name}=`);
    expect(error.message.split('\n').filter((l) => l.trim().length > 0)).toHaveLength(2);
  });

  it('names every bad variable at once', () => {
    const error = configError({ PORT: '-1', DATABASE_URL: 'http://db', LOG_LEVEL: 'x' });
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL']) expect(error.message).toContain(`${name}=`);
  });

  it('defaults: 30 judged texts per account per 10 minutes; 20 LLM requests per account and 60 per organization per hour', () => {
    const defaults = loadConfig({});
    expect([defaults.JUDGE_ACCOUNT_LIMIT, defaults.JUDGE_LIMIT_WINDOW_MS]).toEqual([30, 600_000]);
    expect([defaults.AI_ACCOUNT_LIMIT, defaults.AI_ORGANIZATION_LIMIT, defaults.AI_LIMIT_WINDOW_MS]).toEqual([
      20, 60, 3_600_000,
    ]);
    expect(() => loadConfig({ JUDGE_ACCOUNT_LIMIT: '0' })).toThrow(/JUDGE_ACCOUNT_LIMIT/);
    expect(() => loadConfig({ AI_ORGANIZATION_LIMIT: 'many' })).toThrow(/AI_ORGANIZATION_LIMIT/);
  });
});
