/**
 * How deeply an HTML source nests its elements, estimated in one linear
 * scan before the DOM parser sees it. The parser's time grows with the
 * square of the depth (50,000 nested divs take seconds, a few megabytes of
 * them never finish), and real pages nest a few dozen levels, so a page
 * nested thousands deep is refused before it is parsed.
 *
 * The estimate counts open minus closed elements, leaving out void elements
 * and those whose end tag HTML lets a page omit (p, li, td...): those are
 * closed implicitly by the parser, so counting them would punish old but
 * honest markup.
 */

const voidOrOptional = new Set([
  // void
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen',
  // end tag optional
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rtc', 'rp', 'colgroup', 'caption',
  'html', 'head', 'body',
]);

/** Elements whose content is raw text: tags inside them are not tags. */
const rawText = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext', 'noscript', 'iframe', 'noembed', 'noframes']);

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58;
}

/** Where `</name` next appears from `from`, any case; -1 if nowhere. */
function closingTag(html: string, name: string, from: number): number {
  for (let k = html.indexOf('</', from); k !== -1; k = html.indexOf('</', k + 2)) {
    if (html.slice(k + 2, k + 2 + name.length).toLowerCase() === name) return k;
  }
  return -1;
}

/** The deepest nesting of explicitly closed elements, stopping early once `stopAt` is passed. */
export function htmlNestingDepth(html: string, stopAt = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length - 1) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    const closing = html.charCodeAt(i + 1) === 47; // '/'
    let j = i + (closing ? 2 : 1);
    const nameStart = j;
    while (j < html.length && isNameChar(html.charCodeAt(j))) j++;
    if (j === nameStart) { i = html.indexOf('<', i + 1); continue; }
    const name = html.slice(nameStart, j).toLowerCase();
    const gt = html.indexOf('>', j);
    if (gt === -1) break; // an unfinished tag at the end: no more tags follow
    const selfClosing = html.charCodeAt(gt - 1) === 47;
    if (!voidOrOptional.has(name) && !selfClosing) {
      if (closing) depth = Math.max(0, depth - 1);
      else {
        depth++;
        if (depth > deepest) {
          deepest = depth;
          if (deepest > stopAt) return deepest;
        }
      }
    }
    if (!closing && rawText.has(name)) {
      const end = closingTag(html, name, gt + 1);
      if (end === -1) break;
      i = end;
      continue;
    }
    i = html.indexOf('<', gt + 1);
  }
  return deepest;
}
