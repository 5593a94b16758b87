import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
// One data directory per run, removed when the run ends. Playwright loads this file in its
// workers too: they find the directory in the environment the runner gave them.
const created = !process.env.ZEREN_E2E_DATA_DIR;
const dataDir = process.env.ZEREN_E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'zeren-e2e-'));
if (created) {
  process.env.ZEREN_E2E_DATA_DIR = dataDir;
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
}

export default defineConfig({
  testDir: './specs',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  webServer: {
    command: 'node ../scripts/start.mjs',
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    // ZEREN_TEST_CLOCK: the supervision spec moves the server's time forward (/api/test/clock).
    env: {
      PORT: String(port),
      ZEREN_DATA_DIR: dataDir,
      ZEREN_DEMO: 'true',
      ZEREN_TEST_CLOCK: 'true',
      // The evaluation spec runs the SMS gateway on the next port and reads the codes it is sent.
      ZEREN_SMS_URL: `http://127.0.0.1:${port + 1}/sms`,
      LOG_LEVEL: 'warn',
    },
  },
});
