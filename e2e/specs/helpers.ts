import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

export const DEMO_PASSWORD = process.env.ZEREN_DEMO_PASSWORD ?? 'Zeren-demo-2026';
export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1366, height: 860 };

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}

/** Saves a full-page screenshot under e2e/.screenshots for people to look at (not compared). */
export async function snap(page: Page, name: string): Promise<void> {
  const dir = join(import.meta.dirname, '..', '.screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
