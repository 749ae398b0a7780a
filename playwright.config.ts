import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4399);
const executablePath = process.env.CHROMIUM_PATH;

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    timezoneId: 'America/Los_Angeles',
    locale: 'zh-HK',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /hostile\.spec\.ts/, use: { ...devices['Desktop Chrome'] } },
    // The build of tests/fixtures/hostile: article text that tries to run script.
    { name: 'hostile', testMatch: /hostile\.spec\.ts/, use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${port + 1}` } },
  ],
  webServer: [
    {
      command: `node scripts/serve.ts`,
      env: { PORT: String(port), DIST: process.env.DIST ?? 'dist' },
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve.ts`,
      env: { PORT: String(port + 1), DIST: process.env.HOSTILE_DIST ?? 'dist-hostile' },
      url: `http://localhost:${port + 1}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
