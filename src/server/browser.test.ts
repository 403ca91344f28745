/**
 * The workbench in a real browser (Debian's Chromium through playwright-core)
 * against the server on 127.0.0.1 with a temporary store. Screenshots of each
 * page go to test-output/ for a person to look at.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { browserSkip, launchBrowser, screenshot, signIn, webRoot } from './browser-harness.js';
import type { Role } from './accounts.js';
import { fixtureDocs } from './test-fixtures.js';
import { testWorkbench, type TestWorkbench } from './test-server.js';
import { translateConfig, translatorFor } from '../translate/config.js';

const [threatId, , hostileId, arabicId] = fixtureDocs().map((d) => d.id) as [string, string, string, string];

describe('the workbench in a browser', { skip: browserSkip }, () => {
  let wb: TestWorkbench;
  let browser: Browser;
  let base: string;

  before(async () => {
    // Translations by the offline gist whatever the environment configures.
    wb = await testWorkbench({ webRoot, translator: (provider) => translatorFor(translateConfig({}, provider)) });
    base = await wb.app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await wb?.close();
  });

  const session = (role: Role, width?: number, height?: number) => signIn(browser, base, role, width, height);

  /** Clicks the first line box of an inline highlight (its bounding box may start on another line). */
  async function clickHighlight(page: Page, selector: string): Promise<void> {
    const el = page.locator(selector).first();
    await el.waitFor();
    // Browser-side code as a string: this file is compiled without the DOM library.
    const box = await page.evaluate<{ x: number; y: number }>(`(() => { const r = document.querySelector(${JSON.stringify(selector)}).getClientRects()[0];
      return { x: r.left + Math.min(8, r.width / 2), y: r.top + r.height / 2 }; })()`);
    await page.mouse.click(box.x, box.y);
  }

  const shot = screenshot;

  it('an analyst reads the inbox, a quotation and its speaker, the actor page, searches, and corrects a statement that stays corrected', async () => {
    const { page, problems, close } = await session('analyst');
    try {
      await page.waitForSelector('ul.inbox li');
      const titles = await page.locator('ul.inbox li .title').allTextContents();
      assert.equal(titles.length, 4);
      assert.equal(await page.locator('ul.inbox li.threat').count(), 2, 'threat documents are marked');
      await shot(page, 'inbox');

      await page.click(`a[href="#/doc/${threatId}"]`);
      await clickHighlight(page, '.doctext .hl.quote');
      const speaker = page.locator('.why .speaker a');
      await speaker.waitFor();
      assert.equal(await speaker.textContent(), 'Akram al-Kaabi');
      assert.match(await page.locator('.why .provenance').textContent() ?? '', /quote:said-after.*0\.85/);
      await shot(page, 'reader-quote');

      await speaker.click();
      await page.waitForSelector('svg.timeline rect.bar.threats');
      assert.match(await page.locator('.actor h1').textContent() ?? '', /Akram al-Kaabi/);
      assert.ok(await page.locator('.actor .quotes li').count() >= 1);
      await shot(page, 'actor');

      await page.goto(`${base}/#/search?q=patience`);
      await page.waitForSelector('ul.hits li mark');
      assert.match((await page.locator('ul.hits li mark').first().textContent()) ?? '', /patience/i);
      await shot(page, 'search');

      await page.goto(`${base}/#/doc/${threatId}`);
      await clickHighlight(page, '.doctext .hl.statement');
      await page.locator('.why select[name=kind]').selectOption('demand');
      await page.waitForSelector('ul.corrections li');
      await page.reload();
      await clickHighlight(page, '.doctext .hl.statement');
      assert.equal(await page.locator('.why .badge').first().textContent(), 'demand');
      assert.match(await page.locator('ul.corrections').textContent() ?? '', /analyst/);
      await shot(page, 'reader-corrected');

      await page.goto(`${base}/#/graph`);
      await page.waitForSelector('svg.graph circle');
      await shot(page, 'graph');
      await page.goto(`${base}/#/map`);
      await page.waitForSelector('svg.map .place circle');
      assert.ok(await page.locator('svg.map path.land').count() > 50, 'the bundled world map is drawn');
      await shot(page, 'map');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('a viewer is refused the admin page', async () => {
    const { page, close } = await session('viewer');
    try {
      assert.equal(await page.locator('header nav a[href="#/admin"]').count(), 0, 'no admin link for a viewer');
      await page.goto(`${base}/#/admin`);
      const refusal = page.locator('[role=alert]');
      await refusal.waitFor();
      assert.match(await refusal.textContent() ?? '', /admin role/);
      await shot(page, 'admin-refused');
    } finally {
      await close();
    }
  });

  it('an admin sees accounts and the audit log', async () => {
    const { page, close } = await session('admin');
    try {
      await page.goto(`${base}/#/admin`);
      await page.waitForSelector('table.audit tbody tr');
      assert.match(await page.locator('table.audit').textContent() ?? '', /login/);
      await shot(page, 'admin');
    } finally {
      await close();
    }
  });

  it('an analyst translates a document: the gist shows beside the original, labelled as a gist', async () => {
    const { page, problems, close } = await session('analyst');
    try {
      await page.goto(`${base}/#/doc/${arabicId}`);
      await page.waitForSelector('.doctext');
      assert.equal(await page.locator('.translation').count(), 0);
      await page.click('button.translate');
      await page.waitForSelector('.parallel .translation .translated-text');
      assert.equal(await page.locator('.translation-label b').textContent(), 'Gist (word-by-word glosses, not a translation)');
      assert.equal(await page.locator('.parallel .doctext').getAttribute('dir'), 'rtl');
      assert.equal(await page.locator('.translated-text').getAttribute('dir'), 'ltr');
      assert.equal(await page.locator('.translated-text').getAttribute('lang'), 'en');
      assert.match(await page.locator('.translated-title').textContent() ?? '', /forces/);
      assert.match(await page.locator('.translated-text').textContent() ?? '', /attack/);
      // Words the gist left in Arabic are isolated, so they do not reorder the English around them.
      const translatedHtml = await page.locator('.translated-text').innerHTML();
      assert.match(translatedHtml, /<bdi lang="ar">[\u0600-\u06FF]/);
      assert.doesNotMatch(translatedHtml.replace(/<bdi[^>]*>[^<]*<\/bdi>/g, ''), /[\u0600-\u06FF]/);
      await shot(page, 'reader-translated');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('a stored translation full of markup shows as text, labelled with its provider; viewers get no Translate button', async () => {
    await wb.store.putTranslation(hostileId, {
      provider: 'openai', kind: 'translation', from: 'en', to: 'fr', created: new Date().toISOString(),
      title: '<img src=x onerror="window.__pwned = 5"> titre', text: 'Un texte <script>window.__pwned = 6</script> traduit.',
    });
    const { page, problems, close } = await session('viewer');
    try {
      await page.goto(`${base}/#/doc/${hostileId}`);
      await page.waitForSelector('.translation .translated-text');
      assert.equal(await page.locator('.translation-label b').textContent(), 'Translation by openai');
      assert.match(await page.locator('.translated-text').textContent() ?? '', /<script>window\.__pwned = 6<\/script>/);
      assert.equal(await page.locator('.translation script, .translation img').count(), 0);
      assert.equal(await page.evaluate<string>('typeof window.__pwned'), 'undefined');
      assert.equal(await page.locator('button.translate').count(), 0);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('a document full of markup runs nothing and shows the markup as text', async () => {
    const { page, problems, close } = await session('viewer');
    try {
      await page.waitForSelector('ul.inbox li');
      assert.match(await page.locator('ul.inbox').textContent() ?? '', /<img src=x onerror=/);
      await page.goto(`${base}/#/doc/${hostileId}`);
      await page.waitForSelector('.doctext');
      const text = await page.locator('.doctext').textContent() ?? '';
      assert.match(text, /<script>window\.__pwned = 1<\/script>/);
      assert.match(text, /javascript:window\.__pwned=3/);
      assert.equal(await page.locator('.doctext script, .doctext img, .doctext a[href^="javascript"], h1 img').count(), 0);
      assert.equal(await page.evaluate<string>('typeof window.__pwned'), 'undefined');
      await shot(page, 'hostile');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('the pages fit a narrow window', async () => {
    const { page, close } = await session('analyst', 390, 800);
    try {
      for (const [name, hash] of [['narrow-inbox', '#/'], ['narrow-reader', `#/doc/${threatId}`], ['narrow-actor', '#/actor/akram-al-kaabi']] as const) {
        await page.goto(`${base}/${hash}`);
        await page.waitForSelector('main.page > *:not(.loading)');
        await page.waitForTimeout(200);
        const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
        assert.ok(overflow <= 1, `${name} scrolls sideways by ${overflow}px`);
        await shot(page, name);
      }
    } finally {
      await close();
    }
  });
});
