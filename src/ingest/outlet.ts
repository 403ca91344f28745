/**
 * Which outlet published a page, from the places a page names its
 * publisher: the declared publisher or site name, the URL, the first line,
 * a byline, a copyright line, the header, furniture such as subscription
 * blurbs, and series titles. Mentions in the article body do not count: an
 * article that quotes Reuters is not a Reuters article.
 */
import { parseByline } from './byline.js';
import { isDateLine } from './dates.js';
import { foldCue, type PageLexicon } from './lexicon.js';
import type { SourceEntry, SourceRegistry } from './sources.js';

export interface OutletEvidence {
  text: string;
  /** How much a name found here says about the publisher. */
  weight: number;
}

export interface Outlet {
  name: string;
  /** Registry id, or null for a publisher the registry does not know. */
  id: string | null;
}

export const outletWeights = {
  declared: 8,
  url: 8,
  titleSuffix: 6,
  firstLine: 5,
  byline: 5,
  copyright: 4,
  header: 3,
  /** "BAGHDAD (AP) —": a wire's tag in the dateline, read only when the page names no publisher. */
  dateline: 3,
  furniture: 2,
} as const;

export function recogniseOutlet(evidence: OutletEvidence[], registry: SourceRegistry): SourceEntry | null {
  const score = new Map<string, { entry: SourceEntry; score: number; first: number }>();
  let order = 0;
  for (const { text, weight } of evidence) {
    for (const m of registry.find(text)) {
      const s = score.get(m.source.id) ?? { entry: m.source, score: 0, first: order++ };
      s.score += weight;
      score.set(m.source.id, s);
    }
  }
  const ranked = [...score.values()].sort((a, b) => b.score - a.score || a.first - b.first);
  return ranked[0]?.entry ?? null;
}

/** The host of a URL, or null when the string is not an http(s) URL. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  // The URL parser strips leading controls and spaces, so an http(s) URL's first other character is h;
  // anything else ("bench", a file path) is refused without a parse and a thrown error.
  if (!/^[\x00-\x20]*[hH]/.test(url)) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** A copyright line names its owner: "Copyright © 2020 Jpost Inc." */
export function isCopyrightLine(text: string): boolean {
  return /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|جميع الحقوق محفوظة/i.test(text);
}

// Small words a publisher's name may hold in lower case.
const NAME_JOINERS = new Set(['the', 'of', 'for', 'and', '&', 'al', 'el', 'on', 'in', 'de']);
const ARABIC = /[\u0600-\u06FF]/;

/**
 * A header line that reads as a publisher's name the registry does not
 * know: short, capitalised, not the headline, a date, a byline or a section
 * label. Lines holding a publisher word ("Courier", "Observer", "News") and
 * the first line are preferred.
 */
export function mastheadOf(header: readonly string[], title: string | null, lex: PageLexicon): string | null {
  const headline = title ? foldCue(title) : null;
  let best: { name: string; score: number } | null = null;
  header.forEach((raw, i) => {
    if (isPlatformLabel(raw, lex)) return;
    // "Name\nTelegram channel": the line a platform label follows names the channel.
    const next = header[i + 1];
    if (next !== undefined && isPlatformLabel(next, lex)) {
      const name = channelName(raw);
      if (name && (!best || best.score < CHANNEL_SCORE)) best = { name, score: CHANNEL_SCORE };
      return;
    }
    // "Outlet - Official website": the label after the name is no part of it.
    const line = withoutSectionLabel(raw.trim().replace(/\s+/g, ' '), lex);
    const folded = foldCue(line);
    if (!line || folded === headline || (headline !== null && (headline.includes(folded) || folded.includes(headline)))) return;
    if (/[.!?:;,|•·]\s*$|[,|•·]|\s[-–—]\s/.test(line) || isDateLine(line, lex) || parseByline(line, lex) || lex.sectionLabels.has(folded)) return;
    if (/\d/.test(line.replace(/[\p{L}]\d+|\d+[\p{L}]/gu, ''))) return;
    const words = line.split(' ');
    if (words.length > 6) return;
    const arabic = ARABIC.test(line);
    if (!arabic && !words.every((w) => /^[\p{Lu}\d&]/u.test(w) || NAME_JOINERS.has(w.toLowerCase()) || /^(?:al|el)-\p{Lu}/u.test(w))) return;
    const bare = words.map((w) => foldCue(w).replace(/^(?:al|el)-/, ''));
    if (bare.every((w) => lex.sectionLabels.has(w) || NAME_JOINERS.has(w))) return;
    const publisher = bare.some((w) => lex.publisherWords.has(w));
    // One word alone is a name only as the page's first line ("Rudaw"); a second or later line must say it is a
    // publisher, and so must Arabic, which has no capitals to tell a name (a first line may be a basmala).
    if (!publisher && (i > 0 || arabic || words.length === 1 && header.length < 2)) return;
    const score = (publisher ? 2 : 0) + (i === 0 ? 1 : 0) - i * 0.1;
    if (!best || score > best.score) best = { name: displayName(line), score };
  });
  return (best as { name: string } | null)?.name ?? null;
}

/** Above any masthead a line's words can make (publisher word, first line). */
const CHANNEL_SCORE = 4;

/** "Telegram channel", "قناة تيليجرام": a platform and account words only, at least one platform word. */
function isPlatformLabel(line: string, lex: PageLexicon): boolean {
  const words = foldCue(line).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length > 0 && words.length <= 4 && words.some((w) => lex.platformWords.has(w))
    && words.every((w) => lex.platformWords.has(w) || lex.publisherWords.has(w));
}

/**
 * A channel's name line: emoji dropped, and of "عرين الأسود | Areen al-Usud"
 * (the name and its transliteration) the first. Null when it reads as
 * anything but a short name.
 */
function channelName(line: string): string | null {
  const parts = line.replace(/\p{Extended_Pictographic}|\uFE0F/gu, ' ').split(/\s+[|•·]\s+/).map((p) => p.trim().replace(/\s+/g, ' ')).filter(Boolean);
  const first = parts[0];
  if (first === undefined || parts.length > 2 || first.split(' ').length > 6 || /[.!?:;,]$/.test(first)) return null;
  return first;
}

/** The owner a copyright line names: "© 2024 The Baghdad Observer. All rights reserved." */
export function copyrightOwner(line: string): string | null {
  const m = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?([\p{L}][\p{L}\p{N}&'’ .-]{1,60}?)(?:\s*[.,|]\s|\s*[.,|]?\s*$|\s+all rights reserved)/iu.exec(line);
  const owner = m?.[1]?.trim().replace(/[.,]$/, '');
  if (!owner || /^(?:all rights|\d)/i.test(owner)) return null;
  return owner.split(/\s+/).length <= 6 ? displayName(owner) : null;
}

/** A site's name from its host: "www.shafaq.com" gives "Shafaq", "english.news.cn" gives "News". */
export function hostName(host: string): string | null {
  const labels = host.toLowerCase().split('.').filter(Boolean);
  while (labels.length > 2 && /^(?:www\d?|m|en|english|ar|arabic|amp|mobile|news)$/.test(labels[0]!)) labels.shift();
  if (labels.length < 2) return null;
  const secondLevel = labels.length >= 3 && /^(?:co|com|org|net|gov|ac|edu)$/.test(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2;
  const label = labels[labels.length - (secondLevel ? 3 : 2)];
  return label ? label.charAt(0).toUpperCase() + label.slice(1) : null;
}

/** An all-capitals masthead in the case a reader would write it. */
function displayName(name: string): string {
  if (name !== name.toUpperCase() || ARABIC.test(name)) return name;
  return name.toLowerCase().split(' ').map((w, i) => (i > 0 && NAME_JOINERS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}

/** "Outlet - Official website" → "Outlet": a trailing part that only labels the page is no part of the name. */
export function withoutSectionLabel(name: string, lex: PageLexicon): string {
  const parts = name.split(/\s+[-–—|]\s+/);
  while (parts.length > 1 && lex.sectionLabels.has(foldCue(parts[parts.length - 1]!))) parts.pop();
  return parts.join(' - ').trim();
}

/**
 * The agency tag of a wire dateline opening the article: "BAGHDAD (AP) —",
 * "TEHRAN (Tasnim) –", "BEIRUT, March 3 (Reuters) -". Null without one.
 */
export function datelineTag(body: string): string | null {
  const m = /^[\p{Lu}][\p{Lu}\p{M} ./'’-]{1,60}(?:,[^()\n]{1,40})?\s*\(([\p{L}][\p{L}\p{N} .&'’-]{1,40})\)\s*[-–—:]\s/u.exec(body.trimStart());
  const tag = m?.[1]?.trim();
  return tag && tag.split(/\s+/).length <= 5 ? tag : null;
}
