/**
 * The metadata stage: title, publication date, author and outlet, from the
 * markup an HTML page declares and from the header, byline and furniture
 * lines that pages leave behind when saved as text.
 */
import type { Stage } from '../core/stage.js';
import type { Doc } from '../core/types.js';
import { bareBylines } from './bare-byline.js';
import { looksLikeName, nameCase, parseByline } from './byline.js';
import { dateFromDeclared, findDates, resolveNumeric, type NumericContext } from './dates.js';
import type { PageLexicon } from './lexicon.js';
import { copyrightOwner, hostName, hostOf, isCopyrightLine, mastheadOf, outletWeights, recogniseOutlet, withoutSectionLabel, datelineTag, type OutletEvidence } from './outlet.js';
import { readPage, type IngestKnowledge } from './page.js';
import type { PageReading } from './page-reading.js';
import type { SourceEntry, SourceRegistry } from './sources.js';
import { stripOutletFromTitle, titleFromHeader } from './title.js';

export const metadataStage: Stage<IngestKnowledge> = {
  name: 'metadata',
  run(doc: Doc, knowledge): void {
    const lex = knowledge.pageLexicon;
    const registry = knowledge.sources;
    const page = readPage(doc, lex);
    const marked = page.header.map((u) => parseByline(u, lex)).filter((b) => b !== null);
    // Unmarked bylines ("Jane Roe, Beirut" beside the date) only when no "By" line names the author.
    const bare = marked.length === 0 ? bareBylines(page.header, lex, registry) : [];
    const bylines = [...marked, ...bare];
    const headerLines = page.header.filter((_, i) => !bare.some((b) => b.index === i));
    const url = page.declared.url ?? (hostOf(doc.input.origin) ? doc.input.origin : null);

    doc.meta.url = hostOf(url) ? url : doc.meta.url;
    doc.meta.title = titleOf({ ...page, header: headerLines }, lex, registry);
    doc.meta.author = authorOf(page, lex, bylines.map((b) => b.printed));

    const arabic = mostlyArabic(`${page.header.join(' ')} ${page.body.slice(0, 2000)}`);
    const outlet = outletOf({ ...page, header: headerLines }, registry, lex, url, bylines.map((b) => b.rest), doc.meta.title, arabic);
    doc.meta.source = outlet.name;
    doc.meta.sourceId = outlet.id;
    const country = outlet.id ? registry.byId(outlet.id)?.country ?? null : null;
    doc.meta.published = publishedOf(page, lex, bylines.map((b) => b.rest), country, arabic);
    applyHints(doc, lex, registry);
  },
};

/** What the source stated outright (a feed item's title and date, a channel's name) wins over what was read. */
function applyHints(doc: Doc, lex: PageLexicon, registry: SourceRegistry): void {
  const hints = doc.input.hints;
  if (!hints) return;
  if (hints.title) doc.meta.title = hints.title;
  if (hints.published) doc.meta.published = dateFromDeclared(hints.published, lex) ?? doc.meta.published;
  if (hints.author) doc.meta.author = nameCase(hints.author, lex);
  if (hints.url) doc.meta.url = hints.url;
  const host = hostOf(hints.url ?? null);
  const named = hints.sourceId ? registry.byId(hints.sourceId) : hints.source ? registry.find(hints.source)[0]?.source : host ? registry.byDomain(host) : undefined;
  if (named) {
    // As for a printed masthead: an Arabic post keeps the Arabic name its channel states.
    const stated = hints.source;
    doc.meta.source = stated && /[\u0600-\u06FF]/.test(stated) && mostlyArabic(doc.text.slice(0, 2000)) ? stated : named.name;
    doc.meta.sourceId = named.id;
  } else if (hints.source) {
    doc.meta.source = hints.source;
    doc.meta.sourceId = null;
  }
}

function titleOf(page: PageReading, lex: PageLexicon, registry: SourceRegistry): string | null {
  const d = page.declared;
  const sites = [d.siteName, d.publisher].filter((s): s is string => s !== null);
  const declared = d.title ?? d.documentTitle;
  if (declared) return stripOutletFromTitle(declared, registry, sites) || null;
  return titleFromHeader(page.header, lex, registry);
}

/**
 * The declared date; else a labelled or printed date in the header or byline; else none. Never guessed:
 * a numeric date both readings allow is read only when the page or its outlet says which order it uses.
 */
function publishedOf(page: PageReading, lex: PageLexicon, bylineRests: string[], country: string | null, arabic: boolean): string | null {
  if (page.declared.published) {
    const d = dateFromDeclared(page.declared.published, lex);
    if (d) return d;
  }
  const context = (line: string): NumericContext => ({
    line, page: [...page.header, ...page.furniture, page.body.slice(0, 4000)], country, arabic,
  });
  for (const unit of [...page.header, ...bylineRests]) {
    for (const d of findDates(unit, lex, { ambiguous: true })) {
      const date = resolveNumeric(d, context(unit), lex);
      if (date) return date;
    }
  }
  // A wire dateline opening the first paragraph: "BAGHDAD, March 3, 2024 (Reuters) -".
  const first = page.body.slice(0, 160);
  const dateline = first.match(/^[\p{Lu}][\p{Lu} .'’-]{2,40},\s*/u);
  if (dateline) {
    const d = findDates(first, lex)[0];
    if (d && d.start <= dateline[0].length + 2) return d.date;
  }
  return null;
}

/** More Arabic letters than Latin ones: the page is read as Arabic (a bilingual masthead does not decide). */
function mostlyArabic(text: string): boolean {
  // Counted in one pass: two match arrays of every letter cost more than the rest of the stage's tests.
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return arabic > 0 && arabic > latin;
}

/** The byline as the page prints it ("A and B"); declared author lists, which print nothing, are joined with commas. */
function authorOf(page: PageReading, lex: PageLexicon, bylines: string[]): string | null {
  const declared = page.declared.authors.filter((a) => looksLikeName(a, lex)).map((a) => nameCase(a, lex));
  const visible = page.declared.byline ? parseByline(/^by\s/i.test(page.declared.byline) ? page.declared.byline : `By ${page.declared.byline}`, lex) : null;
  // Several declared authors: the visible byline naming the same people shows how the page prints them.
  if (declared.length > 1 && visible && visible.authors.length === declared.length
    && visible.authors.every((a) => declared.some((d) => d.toLowerCase() === a.toLowerCase()))) return visible.printed;
  if (declared.length) return declared.join(', ');
  if (bylines.length) return bylines.join(', ');
  return visible?.printed || null;
}

function outletOf(
  page: PageReading, registry: SourceRegistry, lex: PageLexicon, url: string | null, bylineRests: string[], title: string | null, arabic: boolean,
): { name: string | null; id: string | null } {
  const d = page.declared;
  const evidence: OutletEvidence[] = [];
  for (const s of [d.publisher, d.siteName]) if (s) evidence.push({ text: s, weight: outletWeights.declared });
  // "Headline | Outlet": the part of the <title> that is not the headline names the outlet.
  for (const t of [d.documentTitle, d.title]) {
    const headline = t ? stripOutletFromTitle(t, registry, []) : null;
    if (t && headline !== null && headline !== t.trim()) evidence.push({ text: t.replace(headline, ' '), weight: outletWeights.titleSuffix });
  }
  const host = hostOf(url);
  if (host) evidence.push({ text: host, weight: outletWeights.url });
  page.header.forEach((u, i) => evidence.push({ text: u, weight: i === 0 ? outletWeights.firstLine : outletWeights.header }));
  for (const rest of bylineRests) evidence.push({ text: rest, weight: outletWeights.byline });
  for (const f of page.furniture) evidence.push({ text: f, weight: isCopyrightLine(f) ? outletWeights.copyright : outletWeights.furniture });
  const entry = recogniseOutlet(evidence, registry);
  if (entry) return { name: (arabic ? printedArabicName(entry, page, registry, lex) : null) ?? entry.name, id: entry.id };
  // A publisher the registry does not know is still named: as the page declares it, else by its
  // masthead, its copyright line, or its host.
  const copyright = page.furniture.filter(isCopyrightLine).map(copyrightOwner).find((o) => o !== null) ?? null;
  const named = d.publisher ?? d.siteName ?? mastheadOf(page.header, title, lex) ?? copyright ?? (host ? hostName(host) : null);
  if (named) return { name: named, id: null };
  // Only a page that names no publisher at all is the wire's own: a paper reprinting "BAGHDAD (AP) —" names
  // itself. The tag must name a registered outlet: "(Wire)" or "(Staff)" name none.
  const tag = datelineTag(page.body);
  const wire = tag ? recogniseOutlet([{ text: tag, weight: outletWeights.dateline }], registry) : null;
  if (wire) return { name: (arabic ? printedArabicName(wire, page, registry, lex) : null) ?? wire.name, id: wire.id };
  return { name: null, id: null };
}

/**
 * An Arabic page names its outlet in Arabic: the registered outlet's Arabic name as the page prints it
 * ("وكالة الأنباء العراقية"), without a trailing section label ("- الموقع الرسمي"). The registry id still
 * identifies the outlet across languages. Null when the page prints no Arabic name of it.
 */
function printedArabicName(entry: SourceEntry, page: PageReading, registry: SourceRegistry, lex: PageLexicon): string | null {
  for (const text of [...page.header, ...page.furniture]) {
    for (const m of registry.find(text)) {
      const printed = text.slice(m.start, m.end);
      if (m.source.id === entry.id && m.by === 'name' && /[\u0600-\u06FF]/.test(printed)) return withoutSectionLabel(printed, lex);
    }
  }
  return null;
}
