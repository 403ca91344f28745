import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newDoc, type Doc, type DocumentMeta, type RawInput } from '../core/types.js';
import { bodyStage } from './body.js';
import { decodeStage } from './decode.js';
import { loadPageLexicon } from './lexicon.js';
import { metadataStage } from './metadata.js';
import { loadSourceRegistry } from './sources.js';

const knowledge = { sources: loadSourceRegistry(), pageLexicon: loadPageLexicon() };

function ingest(input: RawInput): Doc {
  const doc = newDoc(input);
  decodeStage.run(doc, knowledge);
  bodyStage.run(doc, knowledge);
  metadataStage.run(doc, knowledge);
  return doc;
}

function ingestFile(path: string): Doc {
  return ingest({ name: path.split('/').pop()!, bytes: readFileSync(path), contentType: path.endsWith('.html') ? 'text/html' : 'text/plain', origin: path });
}

type Expected = Pick<DocumentMeta, 'title' | 'published' | 'author' | 'source'>;

const expected: Record<string, Expected> = {
  'national-jsonld.html': { title: 'Drone strike hits militia depot near Al Qaim', published: '2024-02-07', author: 'Layla Haddad', source: 'The National' },
  'rudaw-og.html': { title: 'Kurdish officials condemn rocket fire on Erbil', published: '2024-03-11', author: 'Karwan Faris', source: 'Rudaw' },
  'shafaq-byline.html': { title: 'Armed faction threatens to resume attacks on US bases', published: '2024-01-28', author: 'Ali Hussein', source: 'Shafaq News' },
  'arabic-windows-1256.html': { title: 'فصيل مسلح يهدد باستهداف القواعد الأجنبية', published: null, author: null, source: 'Alsumaria' },
  'arabic-iso-8859-6.html': { title: 'فصيل مسلح يهدد باستهداف القواعد الأجنبية', published: null, author: null, source: 'Alsumaria' },
  'arabic-undeclared-1256.txt': { title: 'هيئة الحشد تنفي مشاركة ألويتها في الهجوم على الحدود', published: '2024-02-18', author: null, source: 'بغداد اليوم' },
  'nav-dump.txt': { title: 'Houthi leader vows more attacks on ships until the Gaza war ends', published: '2024-01-05', author: 'Maria Lopez and Omar Saleh', source: 'Al-Monitor' },
  'wrapped-mail.txt': { title: null, published: '2024-02-02', author: null, source: 'Press TV' },
  'think-tank.txt': { title: "Kataib Hezbollah's new media strategy", published: '2023-03-03', author: 'Daniel Roth', source: 'The Washington Institute' },
  'arabic-nav-dump.txt': { title: 'الخارجية العراقية تستدعي القائم بالأعمال بعد القصف', published: '2024-01-17', author: null, source: null },
  'wire-read-more.txt': { title: 'Militia convoy hit by drone near the desert crossing, officials say', published: '2024-03-04', author: 'Harbour Gazette staff', source: 'The Harbour Gazette' },
  'unmarked-byline.txt': { title: 'Faction Leader Says His Fighters Will Stay Until the Last Foreign Soldier Leaves', published: '2024-02-11', author: 'Omar Haddad', source: 'The Mosul Ledger' },
  'press-office.txt': { title: 'Ministry Statement on the Seizure of a Cargo Vessel', published: '2024-05-09', author: null, source: 'Ministry of Coastal Affairs' },
  'wrapped-headline.txt': { title: 'Armed group in the east warns of reprisals if the strikes on its depots continue through the winter', published: null, author: null, source: null },
  'broken-tail.html': { title: 'Militia statement on the border crossing', published: null, author: null, source: null },
};

for (const [file, want] of Object.entries(expected)) {
  test(`metadata of ${file}`, () => {
    const doc = ingestFile(join(import.meta.dirname, 'fixtures', 'pages', file));
    const { title, published, author, source } = doc.meta;
    assert.deepEqual({ title, published, author, source }, want);
  });
}

test('a dateline opening the first paragraph dates a wire story', () => {
  const text = 'BAGHDAD, March 3, 2024 (Reuters) - Rockets struck near the airport on Sunday, police sources said, in the first such attack in weeks.\n';
  const doc = ingest({ name: 'w.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'w.txt' });
  assert.equal(doc.meta.published, '2024-03-03');
});

test('without a printed date, published stays null: a date inside the article is not the publication date', () => {
  const text = 'Militia leader warns of escalation\n\nOn November 1, 2023, the leader of the group said in a statement that the resistance would expand its operations against foreign forces.\n';
  const doc = ingest({ name: 'n.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'n.txt' });
  assert.equal(doc.meta.published, null);
  assert.equal(doc.meta.title, 'Militia leader warns of escalation');
});

test('an outlet named in the article body is not the publisher', () => {
  const text = 'Rockets hit base\n\nThe militia told Reuters and Al Jazeera that it fired the rockets at the base in response to an earlier strike on its positions.\n';
  const doc = ingest({ name: 'b.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'b.txt' });
  assert.equal(doc.meta.source, null);
});

test('a URL origin names the outlet; source hints win over what is read', () => {
  const html = '<html><head><title>Statement</title></head><body><p>The group issued a statement on its channel saying that it had carried out a drone attack on a base in the north of the country overnight.</p></body></html>';
  const bytes = new TextEncoder().encode(html);
  const byUrl = ingest({ name: 'x', bytes, contentType: 'text/html', origin: 'https://english.almayadeen.net/news/politics/x' });
  assert.equal(byUrl.meta.source, 'Al Mayadeen English');
  const hinted = ingest({ name: 'x', bytes, contentType: 'text/html', origin: 'feed', hints: { title: 'Feed title', published: '2024-05-06T08:00:00Z', source: 'Sabereen News' } });
  assert.deepEqual([hinted.meta.title, hinted.meta.published, hinted.meta.source, hinted.meta.sourceId], ['Feed title', '2024-05-06', 'Sabereen News', 'sabereen-news']);
});

// The shared seed articles, when present, must keep their metadata (gold files list it).
const seeds = join(process.cwd(), '..', 'shared', 'corpus', 'seeds');
const gold = join(process.cwd(), '..', 'shared', 'corpus', 'seeds-gold');
test('metadata of the shared seed articles matches their gold', { skip: existsSync(seeds) && existsSync(gold) ? false : 'the shared seed corpus (../shared/corpus) is absent' }, () => {
  for (const file of readdirSync(seeds)) {
    const g = JSON.parse(readFileSync(join(gold, file.replace(/\.\w+$/, '.json')), 'utf8')) as Expected;
    const doc = ingestFile(join(seeds, file));
    if (g.title !== null) assert.equal(doc.meta.title, g.title, file);
    assert.equal(doc.meta.published, g.published, file);
    assert.ok(doc.meta.source && (doc.meta.source.includes(g.source ?? '') || (g.source ?? '').includes(doc.meta.source)), `${file}: ${doc.meta.source}`);
    if (g.author) assert.equal(doc.meta.author, g.author, file);
  }
});

test('a headline on the first line, above the date, is still the title', () => {
  const text = 'Faction says it shot down a drone\n\nMarch 5, 2024\n\nThe armed faction said on Tuesday that its fighters had shot down a surveillance drone over the hills east of the city.\n';
  const doc = ingest({ name: 'h.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'h.txt' });
  assert.equal(doc.meta.title, 'Faction says it shot down a drone');
});

function ingestText(text: string): Doc {
  return ingest({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 't.txt' });
}

const body = 'The armed faction said in a statement that its fighters had shot down a surveillance drone over the hills east of the city after a week of raids.\n';

test('a numeric date is read in the order the page shows, and left unread when nothing shows it', () => {
  // Day over twelve: no doubt.
  assert.equal(ingestText(`Hill Country Courier\n\n25-10-2024\n\nFaction says it downed a drone\n\n${body}`).meta.published, '2024-10-25');
  // A weekday printed beside it fits one reading only (7 May 2024 was a Tuesday, 5 July a Friday).
  assert.equal(ingestText(`Hill Country Courier\n\nTuesday 07/05/2024\n\nFaction says it downed a drone\n\n${body}`).meta.published, '2024-05-07');
  assert.equal(ingestText(`Hill Country Courier\n\nFriday 07/05/2024\n\nFaction says it downed a drone\n\n${body}`).meta.published, '2024-07-05');
  // Another date on the page shows the order.
  assert.equal(ingestText(`Hill Country Courier\n\n07/05/2024\n\nFaction says it downed a drone\n\n${body}\nFirst published 28/04/2024.\n`).meta.published, '2024-05-07');
  // Nothing decides: not guessed.
  assert.equal(ingestText(`Hill Country Courier\n\n07/05/2024\n\nFaction says it downed a drone\n\n${body}`).meta.published, null);
});

test("a registered outlet's country decides the order of a numeric date", () => {
  // The registry's Reuters entry is not a US outlet; the Associated Press is.
  const reuters = ingestText(`Reuters\n07/05/2024\n\nFaction says it downed a drone\n\n${body}`);
  assert.equal(reuters.meta.source, 'Reuters');
  assert.equal(reuters.meta.published, '2024-05-07');
  const ap = ingestText(`Associated Press\n07/05/2024\n\nFaction says it downed a drone\n\n${body}`);
  assert.equal(ap.meta.published, '2024-07-05');
});

test('an Arabic header with a Hijri date and its Gregorian equivalent gives the Gregorian day', () => {
  const arabicBody = 'قال المتحدث باسم الفصيل في بيان إن مقاتليه أسقطوا طائرة مسيرة فوق التلال شرقي المدينة بعد أسبوع من الغارات المتواصلة على مواقعهم.\n';
  const doc = ingestText(`الأحد ٤ ذو القعدة ١٤٤٥هـ الموافق ١٢ أيار/مايو ٢٠٢٤م\n\nالفصيل يعلن إسقاط طائرة مسيرة\n\n${arabicBody}`);
  assert.equal(doc.meta.published, '2024-05-12');
  assert.equal(doc.meta.title, 'الفصيل يعلن إسقاط طائرة مسيرة');
  // A numeric date on an Arabic page is day first.
  assert.equal(ingestText(`٠٣/٠٤/٢٠٢٤\n\nالفصيل يعلن إسقاط طائرة مسيرة\n\n${arabicBody}`).meta.published, '2024-04-03');
});

test('an Arabic header that prints only the Hijri date is dated by it (Umm al-Qura)', () => {
  const arabicBody = 'أعلنت الحركة في بيانها أن مقاتليها استهدفوا رتلاً للإمدادات على الطريق الدولي، وتوعدت بمواصلة عملياتها حتى خروج القوات الأجنبية من البلاد.\n';
  const doc = ingestText(`السبت ١٥ جمادى الأولى ١٤٤٦ هـ\n\nالحركة تعلن استهداف رتل للإمدادات\n\n${arabicBody}`);
  assert.equal(doc.meta.published, '2024-11-17');
  assert.equal(doc.meta.title, 'الحركة تعلن استهداف رتل للإمدادات');
});

test("a channel post's admin line signs the post and is not its headline", () => {
  const post = 'قناة المرابطين | Murabitun Channel\nالسبت 11 أيار 2024\nالمشرف: أبو علي الساعدي\n\n🔴 عاجل | انفجار يهز مستودعاً للأسلحة قرب الحدود\n\n🔻 أفادت مصادر محلية بأن انفجاراً قوياً هز مستودعاً للأسلحة قرب الحدود مساء اليوم، فيما هرعت فرق الدفاع المدني إلى المكان دون أن تعرف أسباب الانفجار أو حجم الخسائر حتى الآن.\n';
  const doc = ingestText(post);
  assert.equal(doc.meta.author, 'أبو علي الساعدي');
  assert.equal(doc.meta.title, '🔴 عاجل | انفجار يهز مستودعاً للأسلحة قرب الحدود');
  assert.equal(doc.meta.published, '2024-05-11');
});

test("a wire dateline's tag names the source only when the page names no publisher", () => {
  const story = 'KIRKUK (AP) — Gunmen attacked a checkpoint on the road south of the city overnight, killing two soldiers, security officials said on Sunday.\n';
  assert.equal(ingestText(`Checkpoint attacked south of Kirkuk\n\n${story}`).meta.source, 'Associated Press');
  assert.equal(ingestText(`Checkpoint attacked south of Kirkuk\n\nMOSUL, Iraq (Reuters) — ${story.slice(14)}`).meta.source, 'Reuters');
  // A tag naming no registered outlet names none.
  assert.equal(ingestText(`Checkpoint attacked south of Kirkuk\n\nMOSUL (Wire) — ${story.slice(14)}`).meta.source, null);
  // A paper that prints its own masthead keeps it, though the story is the wire's.
  assert.equal(ingestText(`The Harbour Gazette\nMay 5, 2024\n\nCheckpoint attacked south of Kirkuk\n\n${story}`).meta.source, 'The Harbour Gazette');
});

test('an Arabic page names a registered outlet by the Arabic name it prints; the id stays the registry one', () => {
  const arabicBody = 'قال المتحدث باسم الفصيل في بيان إن مقاتليه أسقطوا طائرة مسيرة فوق التلال شرقي المدينة بعد أسبوع من الغارات المتواصلة على مواقعهم.\n';
  const doc = ingestText(`رويترز\nالأحد 12 أيار 2024\n\nالفصيل يعلن إسقاط طائرة مسيرة\n\n${arabicBody}`);
  assert.deepEqual([doc.meta.source, doc.meta.sourceId], ['رويترز', 'reuters']);
  // An English page keeps the registry's name, though the Arabic name is printed beside it.
  const english = ingestText(`Reuters | رويترز\nMay 12, 2024\n\nFaction says it downed a drone\n\n${body}`);
  assert.equal(english.meta.source, 'Reuters');
  // A site title's label is no part of the outlet's name; an unregistered masthead loses it too.
  const site = ingestText(`كتائب القسام - الموقع الرسمي\nالأحد 12 أيار 2024\n\nالفصيل يعلن إسقاط طائرة مسيرة\n\n${arabicBody}`);
  assert.deepEqual([site.meta.source, site.meta.sourceId], ['كتائب القسام', 'al-qassam-brigades-site']);
  const masthead = ingestText(`Hill Country Courier - Official Website\nMay 12, 2024\n\nFaction says it downed a drone\n\n${body}`);
  assert.equal(masthead.meta.source, 'Hill Country Courier');
});

test("a press release's issuing office is not its headline", () => {
  const release = ingestText(`Ministry of Coastal Affairs\nOffice of the Spokesperson\nMay 9, 2024\n\nStatement on the Seizure of a Cargo Vessel in Territorial Waters\n\n${body}`);
  assert.equal(release.meta.title, 'Statement on the Seizure of a Cargo Vessel in Territorial Waters');
  const short = ingestText(`May 9, 2024\n\nMinistry denies the strike\n\n${body}`);
  assert.equal(short.meta.title, 'Ministry denies the strike');
});

test("an Arabic post keeps the Arabic channel name its source states; the registry id is kept", () => {
  const html = '<html><body><p>قال المتحدث باسم الفصيل في بيان إن مقاتليه أسقطوا طائرة مسيرة فوق التلال شرقي المدينة بعد أسبوع من الغارات المتواصلة على مواقعهم.</p></body></html>';
  const doc = ingest({ name: 'x', bytes: new TextEncoder().encode(html), contentType: 'text/html', origin: 'feed', hints: { source: 'صابرين نيوز' } });
  assert.deepEqual([doc.meta.source, doc.meta.sourceId], ['صابرين نيوز', 'sabereen-news']);
});

test('declared co-authors are given as the visible byline prints them', () => {
  const ld = '{"@type":"NewsArticle","headline":"Faction says it downed a drone","author":[{"@type":"Person","name":"Rami Aziz"},{"@type":"Person","name":"Lea Stone"}]}';
  const page = (byline: string) => `<html><head><script type="application/ld+json">${ld}</script></head><body><article><h1>Faction says it downed a drone</h1><div class="byline">${byline}</div><p>${body}</p></article></body></html>`;
  const read = (byline: string) => ingest({ name: 'x.html', bytes: new TextEncoder().encode(page(byline)), contentType: 'text/html', origin: 'x.html' }).meta.author;
  assert.equal(read('By Rami Aziz and Lea Stone'), 'Rami Aziz and Lea Stone');
  // A byline element naming someone else does not speak for the declared list.
  assert.equal(read('By Rami Aziz and Omar Hadi'), 'Rami Aziz, Lea Stone');
});

test('a telegraphic headline with few function words is the title, not a menu; a two-word masthead above it is not', () => {
  const doc = ingestText(`Gulf Monitoring Desk\n\n4 March 2024\n\nYemen: Houthis claim drone strike, tanker ablaze as navy vows swift response\n\n${body}`);
  assert.equal(doc.meta.title, 'Yemen: Houthis claim drone strike, tanker ablaze as navy vows swift response');
  const plain = ingestText(`The Harbour Gazette\n\nMinister bans four charities over alleged militia funding, citing bank records\n\n${body}`);
  assert.equal(plain.meta.title, 'Minister bans four charities over alleged militia funding, citing bank records');
  // A run of capitalised labels without punctuation is still a menu.
  const menu = ingestText(`World Politics Business Opinion Sport Culture Travel Video\n\nFaction says it shot down a drone\n\n${body}`);
  assert.equal(menu.meta.title, 'Faction says it shot down a drone');
});

test('a membership pitch in the header is not the headline', () => {
  const doc = ingestText(`The Harbour Gazette\n\nSupport our independent journalism: become a member today\n\nFaction says it shot down a drone\n\n${body}`);
  assert.equal(doc.meta.title, 'Faction says it shot down a drone');
});

test('an Arabic headline without free-standing particles is the title; a weekday and Hijri date line and a "city - agency" line are not', () => {
  const arabicBody = 'أعلنت وزارة الدفاع صباح اليوم بدء عملية عسكرية واسعة لملاحقة الخلايا المسلحة في المناطق الحدودية وتأمين الطرق الرئيسية بين المحافظات الشمالية والوسطى بعد سلسلة من الهجمات.\n';
  const doc = ingestText(`الأحد 3 شوال 1445هـ الموافق 12 نيسان/أبريل 2024\n\nعمان - بترا\n\nالجيش يطلق عملية واسعة لملاحقة الخلايا المسلحة شمال البلاد\n\n${arabicBody}`);
  assert.equal(doc.meta.title, 'الجيش يطلق عملية واسعة لملاحقة الخلايا المسلحة شمال البلاد');
  assert.equal(doc.meta.sourceId, 'petra');
  // The lede, whose particles are written onto its words, is article text.
  assert.ok(doc.text.startsWith('أعلنت وزارة الدفاع'));
});

test('a header line labelled as a Telegram channel names the source; the headline is kept as printed, kicker and all', () => {
  const post = 'أعلنت السرايا في بيان مقتضب أن مقاتليها استهدفوا رتلا للقوات الأجنبية على الطريق الدولي فجر اليوم وحققوا إصابات مباشرة في صفوفه بحسب البيان الذي نشرته القناة.\n';
  const doc = ingestText(`سرايا الفجر ⚔️ | Saraya al-Fajr\nقناة تلغرام\n3 آذار/مارس 2024 - 06:40\n\n🔴 عاجل | السرايا تعلن استهداف رتل للقوات الأجنبية\n\n${post}`);
  assert.equal(doc.meta.source, 'سرايا الفجر');
  assert.equal(doc.meta.title, '🔴 عاجل | السرايا تعلن استهداف رتل للقوات الأجنبية');
  // An English channel with its label on the next line.
  const en = ingestText(`Northern Front Media\nOfficial Telegram channel\n\nBREAKING | Fighters down a surveillance drone over the ridge\n\n${body}`);
  assert.equal(en.meta.source, 'Northern Front Media');
  assert.equal(en.meta.title, 'BREAKING | Fighters down a surveillance drone over the ridge');
});
