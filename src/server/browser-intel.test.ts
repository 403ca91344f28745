/**
 * The alerts page and the story view in a real browser (Debian's Chromium
 * through playwright-core) against the server on 127.0.0.1, over a store
 * holding the server fixtures, a three-outlet story (one outlet Arabic) and
 * the alerts the rules raised over them. Screenshots go to test-output/web/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { browserSkip, launchBrowser, screenshot, signIn, webRoot } from './browser-harness.js';
import type { Role } from './accounts.js';
import { arabicOutlet, raiseFixtureAlerts, storyDocs, storySources } from './intel-fixtures.js';
import { fixtureDocs } from './test-fixtures.js';
import { testWorkbench, type TestWorkbench } from './test-server.js';

const [wireId, , arabicId] = storyDocs().map((d) => d.id) as [string, string, string];
const hostileId = fixtureDocs()[2]!.id;

describe('alerts and the story view in a browser', { skip: browserSkip }, () => {
  let wb: TestWorkbench;
  let browser: Browser;
  let base: string;

  before(async () => {
    wb = await testWorkbench({ webRoot, sources: storySources() });
    await wb.store.putDocuments(storyDocs());
    await raiseFixtureAlerts(wb.store);
    // An alert whose stored words are markup: it must show as text and run nothing.
    await wb.store.saveAlert({
      id: 'hostile-alert', rule: 'threats', title: 'threat by <b>x</b>: <img src=x onerror="window.__pwned = 5">', date: '2024-01-15', actor: 'akram-al-kaabi', target: null,
      citations: [{ docId: hostileId, outlet: '<i>Board</i>', outletName: null, published: '2024-01-15', title: '<img src=x onerror="window.__pwned = 6">', url: null, sentence: 'It said <script>window.__pwned = 7</script> and more.', start: 0, end: 10 }],
      raisedAt: Date.UTC(2024, 0, 1),
    });
    base = await wb.app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await wb?.close();
  });

  const session = (role: Role, width?: number, height?: number) => signIn(browser, base, role, width, height);

  /** Waits until a browser-side expression is true. (waitForFunction would evaluate a string, which the page's CSP forbids.) */
  async function until(page: Page, expression: string, timeoutMs = 10_000): Promise<void> {
    for (const deadline = Date.now() + timeoutMs; ;) {
      if (await page.evaluate<boolean>(expression)) return;
      if (Date.now() > deadline) throw new Error(`still not true: ${expression}`);
      await page.waitForTimeout(50);
    }
  }

  const shot = screenshot;
  const badge = (page: Page) => page.locator('header nav a[href="#/alerts"] .count');
  const alerts = (page: Page) => page.locator('ul.alert-list li.alert');

  it('an analyst sees the alerts newest first with their cited sentences, marks one read (it stays read), filters and pages', async () => {
    const { page, problems, close } = await session('analyst');
    try {
      await badge(page).waitFor();
      assert.equal(await badge(page).textContent(), '6', 'the navigation counts the unread alerts');
      await page.click('header nav a[href="#/alerts"]');
      await page.waitForSelector('ul.alert-list li.alert');
      assert.equal(await alerts(page).count(), 6);
      const first = alerts(page).first();
      assert.match(await first.locator('.badge.level').textContent() ?? '', /escalation elevated → high/);
      assert.match(await first.locator('.who').textContent() ?? '', /Harakat Hezbollah al-Nujaba/);
      const strike = alerts(page).nth(1);
      assert.match(await strike.locator('.alert-head').textContent() ?? '', /strike \(event\).*strikes/);
      assert.match(await strike.locator('.who').textContent() ?? '', /Harakat Hezbollah al-Nujaba → Camp Sentinel/);
      assert.equal(await strike.locator('ol.citations > li').count(), 3, 'three outlets reported the strike');
      assert.equal(await strike.locator('ol.citations blockquote[dir=auto]').filter({ hasText: 'قاعدة سنتينل' }).count(), 1, 'the Arabic sentence, direction from its own letters');
      await shot(page, 'alerts');

      // Read state: mark the newest alert read, then reload the page: it is still read and the count is down.
      const id = await first.getAttribute('data-id');
      await first.locator('button.toggle-read').click();
      await page.waitForSelector(`li.alert.read[data-id="${id}"]`);
      await until(page, `document.querySelector('header nav a[href="#/alerts"] .count')?.textContent === '5'`);
      await page.reload();
      await page.waitForSelector(`li.alert.read[data-id="${id}"]`);
      assert.equal(await badge(page).textContent(), '5');
      assert.equal(await page.locator(`li.alert[data-id="${id}"] button.toggle-read`).textContent(), 'Mark unread');

      // Filters: rule, actor, read state.
      await page.locator('select[name=rule]').selectOption('threats');
      await until(page, `[...document.querySelectorAll('ul.alert-list li.alert code')].every((c) => c.textContent === 'threats') && document.querySelectorAll('ul.alert-list li.alert').length === 4`);
      await shot(page, 'alerts-filtered');
      await page.locator('select[name=rule]').selectOption('');
      await page.locator('select[name=actor]').selectOption('camp-sentinel');
      await until(page, `document.querySelectorAll('ul.alert-list li.alert').length === 1`);
      assert.match(await alerts(page).first().locator('.who').textContent() ?? '', /Camp Sentinel/);
      await page.locator('select[name=actor]').selectOption('');
      await page.locator('select[name=unread]').selectOption('false');
      await until(page, `document.querySelectorAll('ul.alert-list li.alert').length === 1`);
      assert.equal(await alerts(page).first().getAttribute('data-id'), id);

      // Paging, two at a time: three pages, six different alerts.
      await page.goto(`${base}/#/alerts?limit=2`);
      const seen = new Set<string>();
      for (let n = 0; n < 3; n++) {
        await until(page, `document.querySelectorAll('ul.alert-list li.alert').length === 2`);
        for (const li of await alerts(page).all()) seen.add((await li.getAttribute('data-id')) ?? '');
        if (n < 2) {
          const before = await alerts(page).first().getAttribute('data-id');
          await page.click('.pager .older');
          await until(page, `document.querySelector('ul.alert-list li.alert')?.dataset.id !== ${JSON.stringify(before)}`);
        }
      }
      assert.equal(seen.size, 6);
      assert.equal(await page.locator('.pager .older').count(), 0, 'no page after the last');
      await page.click('.pager .newest');
      await until(page, `document.querySelector('ul.alert-list li.alert')?.dataset.id === ${JSON.stringify(id)}`);

      // An actor's page leads to the documents naming it and to its alerts (here the one where Camp Sentinel is the target).
      await page.goto(`${base}/#/actor/camp-sentinel`);
      await page.locator('.actor-links a', { hasText: 'Documents' }).click();
      await until(page, `document.querySelector('select[name=actor]')?.value === 'camp-sentinel'`);
      await until(page, `document.querySelectorAll('ul.inbox li').length === ${storyDocs().length}`);
      await page.goBack();
      await page.locator('.actor-links a', { hasText: 'Alerts' }).click();
      await until(page, `location.hash === '#/alerts?actor=camp-sentinel' && document.querySelectorAll('ul.alert-list li.alert').length === 1`);
      assert.match(await alerts(page).first().locator('.who').textContent() ?? '', /→ Camp Sentinel/);

      // A cited sentence opens its document with the sentence marked.
      const link = page.locator('ol.citations a.source').filter({ hasText: arabicOutlet });
      await link.waitFor();
      const sentence = (await page.locator('ol.citations li').filter({ hasText: arabicOutlet }).locator('blockquote').textContent()) ?? '';
      await link.click();
      await page.waitForSelector('.doctext mark.hl.cited');
      // The passage is cut into runs by the other highlights inside it; together they are the sentence.
      assert.equal((await page.locator('.doctext mark.hl.cited').allTextContents()).join(''), sentence);
      assert.equal(await page.locator('.doctext').getAttribute('dir'), 'rtl');
      await shot(page, 'reader-cited-arabic');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('the story view lays three outlets side by side with their grades, their words, and what differs', async () => {
    const { page, problems, close } = await session('viewer');
    try {
      await page.goto(`${base}/#/doc/${wireId}`);
      await page.click('a.compare');
      await page.waitForSelector('.outlets article.outlet');
      const columns = page.locator('.outlets article.outlet');
      assert.equal(await columns.count(), 3);
      const boxes = await Promise.all([0, 1, 2].map(async (i) => (await columns.nth(i).boundingBox())!));
      assert.ok(Math.abs(boxes[0]!.y - boxes[1]!.y) < 2 && Math.abs(boxes[1]!.y - boxes[2]!.y) < 2, 'the outlets stand in one row');
      assert.ok(boxes[0]!.x + boxes[0]!.width <= boxes[1]!.x && boxes[1]!.x + boxes[1]!.width <= boxes[2]!.x, 'side by side, left to right');

      const [wire, channel, arabic] = [columns.nth(0), columns.nth(1), columns.nth(2)];
      assert.equal(await wire.locator('h2').textContent(), 'Example Wire');
      assert.match(await wire.locator('p.grade').textContent() ?? '', /B usually reliable/);
      assert.match(await wire.locator('header .meta').textContent() ?? '', /INT · international · wire/);
      assert.match(await channel.locator('p.grade').textContent() ?? '', /E unreliable/);
      assert.match(await wire.locator('.only-here').textContent() ?? '', /Iran-backed, militia, terrorist, proxy/);
      assert.match(await channel.locator('.only-here').textContent() ?? '', /mujahideen/);
      assert.deepEqual(await wire.locator('ul.framing mark.fw.adversarial').allTextContents(), ['Iran-backed', 'militia', 'terrorist', 'proxy']);
      assert.deepEqual(await channel.locator('h3 mark.fw').allTextContents(), ['Resistance', 'occupation'], 'framing words in the headline');
      assert.match(await channel.locator('.story-quotes').textContent() ?? '', /Our heroes will not rest.*Akram al-Kaabi/);

      // Arabic: the outlet's name isolated, the headline and sentences right-to-left, marks on the Arabic words.
      assert.equal(await arabic.locator('h2 bdi').textContent(), arabicOutlet);
      assert.equal(await arabic.locator('h3').getAttribute('dir'), 'rtl');
      assert.equal(await arabic.locator('h3').getAttribute('lang'), 'ar');
      assert.equal(await arabic.locator('ul.framing').getAttribute('dir'), 'rtl');
      assert.equal(await arabic.locator('ul.framing').getAttribute('lang'), 'ar');
      assert.deepEqual((await arabic.locator('ul.framing mark.fw').allTextContents()).sort(), ['الاحتلال', 'العدوان', 'المقاومة'].sort());
      assert.equal(await page.evaluate<string>(`getComputedStyle(document.querySelectorAll('.outlets article.outlet')[2].querySelector('h3')).direction`), 'rtl');

      // What differs: the words one side alone used, the names each gave, the death tolls that disagree.
      assert.equal(await page.locator('table.terms tr.one-side th').filter({ hasText: 'militia' }).count(), 1);
      assert.equal(await page.locator('table.terms tr.one-side th').filter({ hasText: 'resistance' }).count(), 0, 'two outlets used it');
      assert.match(await page.locator('table.namings').textContent() ?? '', /Harakat al-Nujaba.*Nujaba movement.*حركة النجباء/);
      const toll = page.locator('ul.contradictions > li').filter({ hasText: 'death toll' });
      assert.match(await toll.textContent() ?? '', /strike on Camp Sentinel on 2024-03-12: death toll.*2 according to Example Wire.*5 according to Front Line Channel/);
      await shot(page, 'story');

      // From a cluster: the reader's copies link gives the cluster's own view.
      await page.goto(`${base}/#/story?cluster=${arabicId}`);
      await until(page, `document.querySelectorAll('.outlets article.outlet').length === 1`);
      assert.match(await page.locator('.story').textContent() ?? '', /Only one outlet carries this story/);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('stored markup in alerts and stories shows as text and runs nothing; a viewer has no read buttons', async () => {
    const { page, problems, close } = await session('viewer');
    try {
      await page.goto(`${base}/#/alerts?rule=threats`);
      const hostile = page.locator('li.alert[data-id="hostile-alert"]');
      await hostile.waitFor();
      assert.match(await hostile.textContent() ?? '', /<script>window\.__pwned = 7<\/script>/);
      assert.match(await hostile.textContent() ?? '', /<img src=x onerror="window\.__pwned = 6">/);
      assert.equal(await page.locator('ul.alert-list img, ul.alert-list script, ul.alert-list b, ul.alert-list i').count(), 0);
      assert.equal(await page.locator('button.toggle-read, button.mark-page').count(), 0, 'read state is the analysts\'');
      await page.goto(`${base}/#/story?doc=${hostileId}`);
      await page.waitForSelector('.outlets article.outlet');
      assert.match(await page.locator('.story-doc h3').textContent() ?? '', /<img src=x onerror=/);
      assert.equal(await page.locator('.story img, .story script').count(), 0);
      assert.equal(await page.evaluate<string>('typeof window.__pwned'), 'undefined');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('the alerts page and the story view fit a narrow window', async () => {
    const { page, close } = await session('analyst', 390, 800);
    try {
      for (const [name, hash, ready] of [
        ['narrow-alerts', '#/alerts', 'ul.alert-list li.alert'],
        ['narrow-story', `#/story?doc=${wireId}`, '.outlets article.outlet'],
      ] as const) {
        await page.goto(`${base}/${hash}`);
        await page.waitForSelector(ready);
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
