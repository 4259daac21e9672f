import { join, resolve } from 'node:path';
import base from '../playwright.config';
import { defineConfig } from '@playwright/test';

/**
 * Manual walks (not part of the suite): the same API and browser, another folder; the web app from WALK_WEB_DIST when
 * set (a second build beside dist/apps/web, so that a walk can run while the suite uses the first).
 */
const webServer = Array.isArray(base.webServer) ? base.webServer[0] : base.webServer;
const webDist = process.env['WALK_WEB_DIST'];
export default defineConfig({
  ...base,
  testDir: __dirname,
  testMatch: /.*\.walk\.ts$/,
  workers: 1,
  ...(webServer && webDist
    ? {
        webServer: {
          ...webServer,
          env: { ...webServer.env, WEB_DIST_DIR: resolve(join(__dirname, '../../..'), webDist) },
        },
      }
    : {}),
});
