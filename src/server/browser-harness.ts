/**
 * What the browser tests share: Debian's Chromium launched headless through
 * playwright-core with the flags this closed network needs, a signed-in
 * session per role that records page errors, dialogs and CSP or React
 * warnings, and a place for screenshots. Not a test file itself.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Role } from './accounts.js';
import { packageRoot } from './start.js';
import { passwords } from './test-server.js';

export const chromiumPath = '/usr/bin/chromium';
export const webRoot = join(packageRoot(), 'web', 'dist');
const shots = join(packageRoot(), 'test-output', 'web');

/** Why the browser tests cannot run here, or false when they can. */
export const browserSkip: string | false = !existsSync(chromiumPath) ? `${chromiumPath} is not installed (apt-get install chromium)`
  : !existsSync(join(webRoot, 'index.html')) ? 'the web app is not built (npm run build)' : false;

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(shots, { recursive: true });
  // Without the background-networking flags Chromium keeps dialling Google's hosts, which this network refuses.
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface BrowserSession {
  page: Page;
  /** Page errors, dialogs (a script that ran) and CSP or React warnings seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/** A fresh browser context signed in to the workbench at `base` as `role`. */
export async function signIn(browser: Browser, base: string, role: Role, width = 1280, height = 800): Promise<BrowserSession> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
  page.on('console', (m) => { if (/Content Security Policy|Warning:/i.test(m.text())) problems.push(`console: ${m.text()}`); });
  await page.goto(base + '/');
  await page.fill('input[name=name]', role);
  await page.fill('input[name=password]', passwords[role]);
  await page.click('button[type=submit]');
  await page.waitForSelector('header.top');
  return { page, problems, close: () => context.close() };
}

/** A full-page screenshot under test-output/web/, for a person to look at. */
export function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}
