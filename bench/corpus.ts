/**
 * A synthetic benchmark corpus: news-like documents about armed groups,
 * assembled from sentence templates and name lists, deterministic for a given
 * seed so that runs compare. About 85% English and 15% Arabic; a fifth of the
 * documents are HTML pages with navigation and boilerplate, the rest plain
 * text. The names are benchmark material, not the actor registry.
 */
import type { RawInput } from '../src/core/types.js';

export interface BenchDoc {
  input: RawInput;
  /** White-space separated words of the article text (boilerplate excluded). */
  words: number;
  language: 'en' | 'ar';
  /** The article text, for the baselines that read plain text. */
  text: string;
}

/** Small, fast, seeded PRNG (mulberry32), shared by the bench sections so that runs compare. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN = {
  group: ['Kataib Hezbollah', 'Harakat al-Nujaba', 'Asaib Ahl al-Haq', 'Kataib Sayyid al-Shuhada', 'the Badr Organization', 'Hezbollah', 'the Houthis', 'Ansar Allah', 'Hamas', 'Palestinian Islamic Jihad', 'the Islamic Resistance in Iraq', 'the Islamic State group', 'the IRGC', 'the Quds Force', 'Saraya Awliya al-Dam', 'Liwa Fatemiyoun'],
  leader: ["Akram al-Ka'bi", 'Akram al-Kaabi', 'Qais al-Khazali', 'Abu Hussein al-Hamidawi', 'Hadi al-Amiri', 'Hassan Nasrallah', 'Naim Qassem', 'Abdul-Malik al-Houthi', 'Yahya Saree', 'Ziyad al-Nakhalah', 'Esmail Qaani', 'Abu Alaa al-Walai', 'Kazem al-Fartousi', 'Nasr al-Shammari'],
  role: ['secretary-general', 'spokesman', 'military spokesman', 'political chief', 'senior commander', 'deputy leader'],
  place: ['Baghdad', 'Erbil', 'Ain al-Asad air base', 'al-Tanf', 'Tower 22', 'the Red Sea', 'the Gulf of Aden', 'Hodeidah', 'southern Lebanon', 'Tyre', 'Jurf al-Sakhar', 'Albu Kamal', 'Deir ez-Zor', 'Kirkuk', 'Basra', 'Sanaa', 'Damascus', 'the Golan Heights', 'Rafah', 'Harir base'],
  target: ['US forces', 'American troops', 'the US-led coalition', 'Israeli positions', 'commercial shipping', 'the US embassy', 'coalition bases', 'Israel-linked vessels', 'Kurdish security forces', 'Turkish outposts'],
  weapon: ['drones', 'rockets', 'ballistic missiles', 'one-way attack drones', 'anti-ship missiles', 'mortar rounds', 'roadside bombs'],
  state: ['the United States', 'Iran', 'Israel', 'Iraq', 'Syria', 'Britain', 'Jordan', 'Turkey', 'Saudi Arabia', 'Yemen'],
  official: ['a Pentagon spokesman', 'US Central Command', 'the Iraqi prime minister', "Iran's foreign ministry", 'an Israeli military spokesman', 'a State Department official', 'the Iraqi Joint Operations Command', 'a senior US defense official'],
  month: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

const EN_SENTENCES: ReadonlyArray<(p: Pick) => string> = [
  (p) => `${cap(p('group'))} said on ${p('weekday')} it had attacked ${p('target')} near ${p('place')} with ${p('weapon')}.`,
  (p) => `"We will not stop until the occupation leaves our land," ${p('leader')}, the group's ${p('role')}, said in a televised speech.`,
  (p) => `${cap(p('official'))} said the attack caused no casualties, but warned that ${p('state')} would respond "at a time and place of its choosing."`,
  (p) => `The U.S. Treasury sanctioned ${p('leader')} in ${p('month')} ${year(p)}, accusing him of moving money for ${p('group')} on behalf of Iran's IRGC.`,
  (p) => `According to Lt. Col. ${p('leader')}, the strike on ${p('place')} on ${p('month')} ${day(p)}, ${year(p)}, was a warning to ${p('target')}.`,
  (p) => `${cap(p('group'))}, which is backed by Iran, is part of the Popular Mobilization Forces, the umbrella of mostly Shia militias formed in 2014.`,
  (p) => `Analysts said the escalation reflected pressure from Tehran, though ${p('group')} denied taking orders from any foreign power.`,
  (p) => `In a statement posted on its Telegram channel, ${p('group')} threatened to target ${p('target')} if the strikes on ${p('place')} continued.`,
  (p) => `${cap(p('state'))} designated ${p('group')} as a Foreign Terrorist Organization in ${year(p)}, a move the group dismissed as "worthless."`,
  (p) => `Dr. Sarah Mitchell, a researcher at a Washington think tank, said the faction had grown "more capable and more reckless" since ${year(p)}.`,
  (p) => `Residents of ${p('place')} reported hearing several explosions before dawn, and smoke rose over the area for hours.`,
  (p) => `${cap(p('leader'))} met officials of ${p('group')} in Tehran on ${p('weekday')} to discuss "coordination of the axis of resistance."`,
  (p) => `The ${p('role')} of ${p('group')} rejected the accusation, calling it "a lie meant to justify aggression against ${p('state')}."`,
  (p) => `At least ${1 + Math.floor(p.n() * 40)} people were killed and dozens wounded, the health ministry said, a toll that could rise.`,
  (p) => `Gen. Michael Kurilla visited ${p('place')} on ${p('month')} ${day(p)} and met commanders responsible for the protection of ${p('target')}.`,
  (p) => `Negotiations on the withdrawal of ${p('target')} from Iraq resumed in ${p('month')}, with a joint committee meeting in ${p('place')}.`,
  (p) => `${cap(p('group'))} vowed revenge for the killing of its commander, saying: "The blood of our martyrs will not be wasted. Our response is coming."`,
  (p) => `The attack came weeks after ${p('state')} struck positions of ${p('group')} in ${p('place')}, killing ${2 + Math.floor(p.n() * 10)} fighters.`,
];

const AR = {
  group: ['كتائب حزب الله', 'حركة النجباء', 'عصائب أهل الحق', 'كتائب سيد الشهداء', 'منظمة بدر', 'حزب الله', 'أنصار الله', 'حركة حماس', 'حركة الجهاد الإسلامي', 'المقاومة الإسلامية في العراق', 'الحرس الثوري'],
  leader: ['أكرم الكعبي', 'قيس الخزعلي', 'أبو حسين الحميداوي', 'هادي العامري', 'حسن نصر الله', 'عبد الملك الحوثي', 'يحيى سريع', 'زياد النخالة', 'أبو آلاء الولائي'],
  place: ['بغداد', 'أربيل', 'قاعدة عين الأسد', 'قاعدة التنف', 'البحر الأحمر', 'خليج عدن', 'الحديدة', 'جنوب لبنان', 'جرف الصخر', 'البوكمال', 'دير الزور', 'صنعاء', 'دمشق'],
  target: ['القوات الأمريكية', 'قوات الاحتلال', 'التحالف الدولي', 'السفن الإسرائيلية', 'القواعد الأمريكية', 'مواقع العدو الصهيوني'],
  weapon: ['الطائرات المسيّرة', 'الصواريخ', 'الصواريخ الباليستية', 'قذائف الهاون'],
  state: ['الولايات المتحدة', 'إيران', 'إسرائيل', 'العراق', 'سوريا', 'بريطانيا', 'الأردن'],
  month: ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
};

const AR_SENTENCES: ReadonlyArray<(p: Pick) => string> = [
  (p) => `أعلنت ${p('group')} أنها استهدفت ${p('target')} في ${p('place')} بواسطة ${p('weapon')}، مؤكدةً أن العملية حققت أهدافها.`,
  (p) => `وقال ${p('leader')} في كلمة متلفزة: "لن نتوقف حتى يخرج الاحتلال من أرضنا، وردّنا قادم لا محالة".`,
  (p) => `وحذّرت ${p('group')} ${p('state')} من أن أي اعتداء جديد على ${p('place')} سيُقابَل بردٍّ أقسى.`,
  (p) => `وكانت ${p('state')} قد أدرجت ${p('group')} على قائمة الإرهاب في ${p('month')} ${arDigits(year(p))}.`,
  (p) => `ونفت ${p('group')} أي علاقة لها بالهجوم، واصفةً الاتهامات بأنها "أكاذيب لتبرير العدوان".`,
  (p) => `وأفاد مصدر أمني بأن ${arDigits(String(2 + Math.floor(p.n() * 20)))} أشخاص قُتلوا في القصف الذي طال ${p('place')} فجر اليوم.`,
  (p) => `والتقى ${p('leader')} وفداً من ${p('group')} في طهران لبحث تنسيق المواقف بين فصائل المقاومة.`,
  (p) => `وأكدت ${p('group')} في بيان نشرته على قناتها في تلغرام أن عملياتها ضد ${p('target')} مستمرة ما دام العدوان على غزة قائماً.`,
];

type Slot = keyof typeof EN | keyof typeof AR;
interface Pick {
  (slot: Slot): string;
  n: () => number;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function year(p: Pick): string {
  return String(2014 + Math.floor(p.n() * 11));
}
function day(p: Pick): string {
  return String(1 + Math.floor(p.n() * 28));
}
function arDigits(s: string): string {
  return s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
}

function picker(lists: Record<string, readonly string[]>, n: () => number): Pick {
  const p = ((slot: Slot) => {
    const list = lists[slot] ?? EN[slot as keyof typeof EN];
    return list[Math.floor(n() * list.length)] ?? '';
  }) as Pick;
  p.n = n;
  return p;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function article(n: () => number, arabic: boolean): { title: string; text: string; words: number } {
  const p = picker(arabic ? AR : EN, n);
  const templates = arabic ? AR_SENTENCES : EN_SENTENCES;
  const target = 300 + Math.floor(n() * 500);
  const title = arabic
    ? `${p('group')} تتوعد ${p('target')} بعد هجوم ${p('place')}`
    : `${cap(p('group'))} threatens ${p('target')} after attack near ${p('place')}`;
  const paragraphs: string[] = [title];
  let words = countWords(title);
  while (words < target) {
    const sentences: string[] = [];
    const count = 2 + Math.floor(n() * 4);
    for (let i = 0; i < count; i++) sentences.push((templates[Math.floor(n() * templates.length)] ?? templates[0]!)(p));
    const para = sentences.join(' ');
    paragraphs.push(para);
    words += countWords(para);
  }
  return { title, text: paragraphs.join('\n\n'), words };
}

function htmlPage(title: string, text: string, arabic: boolean, index: number): string {
  const paras = text.split('\n\n').slice(1).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="${arabic ? 'ar' : 'en'}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta property="og:title" content="${escapeHtml(title)}"><meta property="og:site_name" content="Bench Wire">
<script type="application/ld+json">{"@type":"NewsArticle","headline":${JSON.stringify(title)},"datePublished":"2024-0${1 + (index % 9)}-1${index % 10}"}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/iraq">Iraq</a> <a href="/subscribe">Subscribe</a></nav>
<div class="ad">Advertisement</div><article><h1>${escapeHtml(title)}</h1>
${paras}
</article><aside><h3>Related</h3><ul><li><a href="/a">Militias and the state</a></li><li><a href="/b">Red Sea shipping</a></li></ul></aside>
<footer>© Bench Wire</footer></body></html>`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `count` documents, the same for the same seed. */
export function generateCorpus(count: number, seed = 20240128): BenchDoc[] {
  const n = rng(seed);
  const encoder = new TextEncoder();
  const docs: BenchDoc[] = [];
  for (let i = 0; i < count; i++) {
    const arabic = n() < 0.15;
    const { title, text, words } = article(n, arabic);
    const html = n() < 0.2;
    const body = html ? htmlPage(title, text, arabic, i) : text;
    docs.push({
      input: {
        name: `bench-${String(i).padStart(5, '0')}.${html ? 'html' : 'txt'}`,
        bytes: encoder.encode(body),
        contentType: html ? 'text/html' : 'text/plain',
        origin: 'bench',
      },
      words,
      language: arabic ? 'ar' : 'en',
      text,
    });
  }
  return docs;
}
