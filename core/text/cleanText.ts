/** Cell text as staff meant it: markup and layout noise removed, words kept. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Removes HTML tags and decodes the common entities ("<b>NEW</b> 12a." → "NEW 12a."). */
export function stripMarkup(text: string): string {
  if (text.indexOf('<') < 0 && text.indexOf('&') < 0) return text;
  return text
    .replace(/<\/?(p|br|div|li|tr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/&(#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = Number(e.slice(1));
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
}

const UNTIDY = /[<&\n\r\t\u00a0]|\s\s/;

/** One line, single spaces, no markup. */
export function cleanText(text: string): string {
  // most cells are already tidy: skip the rewrite (a hot path on big plans)
  if (!UNTIDY.test(text)) return text.trim();
  return stripMarkup(text).replace(/\s+/g, ' ').trim();
}

/** True where a cell holds nothing but punctuation or spaces (".", "-", "n/a" is not). */
export function isBlankText(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

/** The first words of a text, for lists ("Establish a task and finish group …"). */
export function firstWords(text: string, words = 12): string {
  const parts = cleanText(text).split(' ');
  return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')} …`;
}

/** Lower case, accents and punctuation folded to spaces: for matching words. */
export function foldForMatch(text: string): string {
  return stripMarkup(text)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9'&/]+/g, ' ')
    .trim();
}

/** True for "" or only white space, without copying the text (a hot path on long cells). */
export function isWhitespace(text: string): boolean {
  if (text.length === 0) return true;
  const c = text.charCodeAt(0);
  // most cells start with a letter or digit: answered at once
  if (c > 32 && c !== 160 && c < 0x2000) return false;
  return !/\S/.test(text);
}
