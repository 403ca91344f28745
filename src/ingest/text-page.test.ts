import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPageLexicon } from './lexicon.js';
import { readTextPage } from './text-page.js';

const lex = loadPageLexicon();
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'pages', name), 'utf8');

interface Case {
  file: string;
  kept: string[];
  dropped: string[];
  header: string[];
}

const cases: Case[] = [
  {
    file: 'nav-dump.txt',
    kept: ['would keep targeting ships linked to Israel', 'Cape of Good Hope', 'Analysts say the group has gained support'],
    dropped: [
      'Home Originals Iraq Iran', 'Photo by AFP via Getty Images', 'Advertisement', 'Related Articles',
      'Saudi talks with the Houthis stall', 'Sign up for our daily newsletter', 'All rights reserved', 'By MARIA LOPEZ',
      'Houthi leader vows more attacks',
    ],
    header: ['Houthi leader vows more attacks on ships until the Gaza war ends', 'By MARIA LOPEZ and OMAR SALEH', 'JANUARY 5, 2024 14:10'],
  },
  {
    file: 'wrapped-mail.txt',
    kept: [
      'targeted a base in northeastern Syria with drones', 'there was no immediate comment from the US military', 'most of them with drones and rockets',
      'Fighters of an Iraqi armed faction take part in a parade in Baghdad, June 2023.',
    ],
    dropped: ['[image:', '(Reuters)', 'Read more', 'Press TV', 'February 2, 2024'],
    header: ['Press TV', 'February 2, 2024'],
  },
  {
    file: 'think-tank.txt',
    kept: ['a network of Telegram channels', 'The approach is not new.'],
    dropped: ['tracks the statements, operations and media', 'The Militia Spotlight Project', 'Read More', 'Senior Fellow'],
    header: ["Kataib Hezbollah's new media strategy"],
  },
  {
    file: 'arabic-nav-dump.txt',
    kept: ['استدعت وزارة الخارجية العراقية', 'أمام مجلس الأمن الدولي'],
    dropped: ['الرئيسية', 'اقرأ أيضا', 'الأكثر قراءة', 'ارتفاع أسعار الذهب', 'جميع الحقوق محفوظة'],
    header: ['الخارجية العراقية تستدعي القائم بالأعمال بعد القصف', '2024-01-17'],
  },
  {
    file: 'wire-read-more.txt',
    kept: ['ADEN, March 4 (Harbour Gazette) - A drone struck a convoy', 'Residents of the nearby town said', 'have stalled for several weeks without any result.'],
    dropped: [
      'World | Region', 'Fuel prices climb again after port closure', 'Who leads the faction', 'Talks on the crossing stall',
      'Oil steadies', 'Region Today newsletter', 'We use cookies', 'Share this article', 'Follow us on X', 'Read more',
    ],
    header: ['By Harbour Gazette staff', 'March 4, 2024'],
  },
  {
    file: 'unmarked-byline.txt',
    kept: ['would not hand over their weapons', 'the request had been accepted.'],
    dropped: ['will continue to follow the talks'],
    header: ['Omar Haddad, Mosul', 'Feb 11, 2024'],
  },
];

for (const c of cases) {
  test(`text page ${c.file}: article kept, furniture dropped`, () => {
    const page = readTextPage(fixture(c.file), lex);
    for (const s of c.kept) assert.ok(page.body.includes(s), `kept: ${s}`);
    for (const s of c.dropped) assert.ok(!page.body.includes(s), `dropped: ${s}`);
    for (const s of c.header) assert.ok(page.header.includes(s), `header: ${s}`);
  });
}

test('a wrapped article comes out as one paragraph per wrapped block', () => {
  const page = readTextPage(fixture('wrapped-mail.txt'), lex);
  // Lead, the photo's description (its credit gone), and three paragraphs.
  assert.equal(page.body.split('\n\n').length, 5);
  assert.ok(page.body.includes('launched two drones at the base near the Syrian oil fields'));
});

test('captions are kept apart from furniture: they name agencies, not publishers', () => {
  const page = readTextPage(fixture('nav-dump.txt'), lex);
  assert.ok(page.captions.some((c) => c.includes('Getty Images')));
  assert.ok(!page.furniture.some((c) => c.includes('Getty Images')));
});

test('a short post with no header is all article', () => {
  const page = readTextPage('Kataib Hezbollah said on Monday it would suspend operations.\n', lex);
  assert.equal(page.body, 'Kataib Hezbollah said on Monday it would suspend operations.');
});

test('a sidebar inside the article does not end it when article paragraphs resume', () => {
  const para = (n: number) => `Paragraph ${n} of the report says that the armed group has moved its fighters to the border area and that the government has asked it to withdraw them before the talks begin.`;
  const text = [para(1), '', 'Related', 'Some other story about football', 'Another story about the weather', '', para(2), '', para(3)].join('\n');
  const page = readTextPage(text, lex);
  assert.ok(page.body.includes('Paragraph 3'));
  assert.ok(!page.body.includes('football'));
  const ended = readTextPage([para(1), '', para(2), '', 'Most Read', '1 A teaser headline about prices', para(3).slice(0, 60) + '.'].join('\n'), lex);
  assert.ok(!ended.body.includes('teaser'));
  assert.ok(!ended.body.includes('Paragraph 3'));
});

test('a paragraph printed twice (pull quote) is kept once', () => {
  const p = 'The commander said that the group would answer any attack on its positions with force and at a time of its choosing.';
  const page = readTextPage([p, '', p, '', 'A second paragraph explains what happened next in the province and why it matters.'].join('\n'), lex);
  assert.equal(page.body.split(p).length - 1, 1);
});

test('"Read more" in the middle of an article drops its links and keeps the paragraphs after them', () => {
  const page = readTextPage(fixture('wire-read-more.txt'), lex);
  assert.equal(page.body.split('\n\n').length, 4);
  assert.ok(page.furniture.includes('Who leads the faction and where it draws its money from'));
});

test('a reader-addressed pitch is furniture; prose naming a group\'s newsletter is not', () => {
  const pitch = 'Get the day ahead in your inbox with our Morning Wire newsletter. Sign up now.';
  const prose = 'The group announced the attack in its weekly newsletter, which its supporters circulate on encrypted channels every Thursday.';
  const para = 'The armed group said on Monday that it had moved its fighters away from the border after talks with the government in the capital.';
  const page = readTextPage([para, '', prose, '', pitch].join('\n'), lex);
  assert.ok(page.body.includes(prose));
  assert.ok(!page.body.includes('Morning Wire'));
});

test('a closing house note needs the masthead: the same promise by someone else is reporting', () => {
  const para = 'The armed group said on Monday that it had moved its fighters away from the border after talks with the government in the capital.';
  const others = readTextPage(['The Valley Courier', '', para, '', para.replace('Monday', 'Tuesday'), '', 'The United Nations will continue to monitor the ceasefire.'].join('\n'), lex);
  assert.ok(others.body.includes('will continue to monitor the ceasefire'));
  const own = readTextPage(['The Valley Courier', '', para, '', para.replace('Monday', 'Tuesday'), '', 'The Valley Courier will continue to monitor the ceasefire.'].join('\n'), lex);
  assert.ok(!own.body.includes('will continue to monitor the ceasefire'));
});

test('a statement whose opening paragraph ends in a colon before a numbered list keeps that paragraph', () => {
  const text = [
    'The Media Office', 'Thursday, 1 February 2024', '', 'Statement on the course of operations', '',
    'The movement has followed the events of recent days and the decision announced by our brothers on Tuesday, and while we respect their choice we declare the following to our people:',
    '', 'First: our operations against the occupation bases will go on until the last foreign soldier has left the country.',
    '', 'Second: we hold the foreign administration responsible for every drop of blood shed in the region this month.',
  ].join('\n');
  const page = readTextPage(text, lex);
  assert.ok(page.body.startsWith('The movement has followed'), page.body.slice(0, 80));
  assert.ok(page.body.includes('Second: we hold'));
  const label = readTextPage(['Read more:', 'A headline elsewhere', '', 'The armed group said on Monday that it had moved its fighters to the border area near the river crossing.'].join('\n'), lex);
  assert.ok(!label.body.includes('Read more'));
});

test('short sentences right above the first long paragraph open the article; the headline, menu and date stay out', () => {
  const ar = [
    'الرئيسية | أخبار | سياسة | رياضة',
    'فصائل مسلحة تعلن استهداف قاعدة عسكرية في الشمال',
    'الجمعة 27 نوفمبر 2026',
    'أعلنت فصائل مسلحة، مساء الخميس، استهداف قاعدة عسكرية بطائرة مسيرة.',
    'وقال المتحدث باسم الفصائل في تصريح صحفي إن العمليات ستستمر حتى تتوقف الغارات على المناطق السكنية في الجنوب، مشيرا إلى أن الفصائل تملك القدرة على توسيع عملياتها.',
  ].join('\n\n');
  const r = readTextPage(ar, lex);
  assert.ok(r.body.startsWith('أعلنت فصائل مسلحة'));
  for (const gone of ['الرئيسية', 'فصائل مسلحة تعلن', 'الجمعة 27']) assert.ok(!r.body.includes(gone), gone);

  const en = [
    'Home | World | Politics | Sport',
    'Rebels Strike Northern Base',
    'By Jane Foo',
    'Rebels hit a northern base with drones overnight, officials said.',
    'Sign up for our daily newsletter.',
    'The spokesman for the rebels told reporters on Friday that the attacks would continue until the air strikes on residential areas in the south stopped, and that the group could widen them.',
  ].join('\n\n');
  const e = readTextPage(en, lex);
  assert.ok(e.body.startsWith('Rebels hit a northern base'), e.body);
  for (const gone of ['Home |', 'Rebels Strike', 'By Jane Foo', 'Sign up']) assert.ok(!e.body.includes(gone), gone);
});
