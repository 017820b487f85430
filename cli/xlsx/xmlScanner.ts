/**
 * A small, fast XML tokenizer for SpreadsheetML parts, fed in chunks: start tags (with their
 * attribute text, parsed only when asked), end tags and text. Element names come without
 * their namespace prefix (`<x:row>` is `row`), as the parts' meaning does not depend on it.
 * Comments, processing instructions and the XML declaration are skipped; CDATA is text.
 * Not a validating parser: it reads what well-formed parts say, and a part it cannot follow
 * (a DOCTYPE with an internal subset) is reported as unreadable rather than guessed at.
 */

export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  /** Where defined, called instead of open with the attribute text as a range of `src` (no copy made). */
  openAt?(name: string, src: string, attrStart: number, attrEnd: number, selfClosing: boolean): void;
  /**
   * Where defined, called wherever the scan stands between two tokens: the handler may read
   * elements it knows the shape of, whole, straight from `src` (a sheet's rows and cells), and
   * returns where the scan goes on (`pos` where it read nothing). What it skips is not reported.
   */
  run?(src: string, pos: number): number;
  close(name: string): void;
  /** Text between tags: `raw` still holds its entity references unless `decoded`. */
  text(raw: string, decoded: boolean): void;
}

export class XmlUnreadable extends Error {}

const GT = 62; // >
const SLASH = 47;
const QUOT = 34;
const APOS = 39;
const BANG = 33;
const QUESTION = 63;
const CDATA = '<![CDATA[';
/** What runs to its own closer: a processing instruction, a comment, a CDATA section (in this order for the check). */
const SKIPPED: readonly (readonly [string, string])[] = [['<?', '?>'], ['<!--', '-->'], [CDATA, ']]>']];

function localName(s: string, start: number, end: number): string {
  for (let i = end - 1; i >= start; i--) if (s.charCodeAt(i) === 58) return s.slice(i + 1, end);
  return s.slice(start, end);
}

/** What may follow an element's name in its tag: white space, '/' or '>'. */
export function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH || c === GT;
}

export class XmlScanner {
  private carry = '';

  constructor(private readonly handler: XmlHandler) {}

  /** Feeds the next piece of the document; an element cut at the chunk's end waits for the next. */
  feed(chunk: string): void {
    const s = this.carry ? this.carry + chunk : chunk;
    const h = this.handler;
    const n = s.length;
    let pos = 0;
    while (pos < n) {
      if (h.run) {
        pos = h.run(s, pos);
        if (pos >= n) break;
      }
      const lt = s.indexOf('<', pos);
      if (lt < 0) {
        // text running past the chunk: pass on what cannot hold a cut entity reference
        const amp = s.lastIndexOf('&');
        const cut = amp >= pos && s.indexOf(';', amp) < 0 ? amp : n;
        if (cut > pos) h.text(s.slice(pos, cut), false);
        pos = cut;
        break;
      }
      if (lt > pos) h.text(s.slice(pos, lt), false);
      if (lt + 1 >= n) {
        pos = lt;
        break;
      }
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === SLASH) {
        const gt = s.indexOf('>', lt + 2);
        if (gt < 0) {
          pos = lt;
          break;
        }
        let e = gt;
        while (e > lt + 2 && s.charCodeAt(e - 1) <= 32) e--;
        h.close(localName(s, lt + 2, e));
        pos = gt + 1;
        continue;
      }
      // a processing instruction, comment or CDATA section runs to its own closer, whatever is inside
      const skipped = c1 === QUESTION ? SKIPPED[0] : c1 === BANG ? SKIPPED.find(([open]) => s.startsWith(open, lt)) : undefined;
      if (skipped) {
        const [open, close] = skipped;
        const end = s.indexOf(close, lt + open.length);
        if (end < 0) {
          pos = lt;
          break;
        }
        if (open === CDATA) h.text(s.slice(lt + open.length, end), true);
        pos = end + close.length;
        continue;
      }
      if (c1 === BANG) {
        if (lt + 9 > n) {
          pos = lt;
          break;
        }
        const gt = s.indexOf('>', lt + 2);
        if (gt < 0) {
          pos = lt;
          break;
        }
        if (s.slice(lt, gt).includes('[')) throw new XmlUnreadable('a DOCTYPE with declarations');
        pos = gt + 1;
        continue;
      }
      // a start tag: its end is the first '>' outside quotes ('>' may stand in an attribute value)
      let i = lt + 1;
      while (i < n && !isNameEnd(s.charCodeAt(i))) i++;
      const nameEnd = i;
      let quote = 0;
      let gt = -1;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === QUOT || c === APOS) quote = c;
        else if (c === GT) {
          gt = i;
          break;
        }
      }
      if (gt < 0) {
        pos = lt;
        break;
      }
      const selfClosing = s.charCodeAt(gt - 1) === SLASH;
      const attrEnd = selfClosing ? gt - 1 : gt;
      const name = localName(s, lt + 1, nameEnd);
      if (h.openAt) h.openAt(name, s, nameEnd, Math.max(nameEnd, attrEnd), selfClosing);
      else h.open(name, nameEnd < attrEnd ? s.slice(nameEnd, attrEnd) : '', selfClosing);
      if (selfClosing) h.close(name);
      pos = gt + 1;
    }
    this.carry = pos < n ? s.slice(pos) : '';
    if (this.carry.length > 64 * 1024 * 1024) throw new XmlUnreadable('an element longer than 64 MB');
  }

  /** The document has ended; text left over is passed on. */
  end(): void {
    if (this.carry && !this.carry.includes('<')) this.handler.text(this.carry, false);
    this.carry = '';
  }
}

const ENTITY = /&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);/g;

/** Text with its XML entity references replaced by the characters they stand for. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (_, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
    }
  });
}

/**
 * Walks a start tag's attributes where they stand in the source, nothing copied: after each
 * next(), the name is src[nameStart, nameEnd) and the value (entity references as written)
 * src[valueStart, valueEnd). For the tags a sheet has by the hundred thousand (rows, cells).
 * On a range (the scanner has found the tag's end) it reads as the scanner would; on a tag
 * whose end is not known yet it reads only plain `name="value"` lists and finds that end.
 */
export class AttrCursor {
  private src = '';
  private pos = 0;
  private end = 0;
  /** Reading a tag whose end is to be found. */
  private tag = false;
  nameStart = 0;
  nameEnd = 0;
  valueStart = 0;
  valueEnd = 0;
  /** In a tag: where its '>' is once next() has passed the last attribute; -1 until then, or where the tag is not a plain one (or is cut short). */
  tagEnd = -1;
  /** In a tag: it ends in "/>". */
  selfClosing = false;

  /** Starts on the attribute text src[start, end). */
  reset(src: string, start: number, end: number): this {
    this.src = src;
    this.pos = start;
    this.end = end;
    this.tag = false;
    return this;
  }

  /** Starts on a tag's attributes at `start`, just past its name. */
  resetTag(src: string, start: number): this {
    this.src = src;
    this.pos = start;
    this.end = src.length;
    this.tag = true;
    this.tagEnd = -1;
    this.selfClosing = false;
    return this;
  }

  /** Moves to the next attribute; false past the last (or at text that is not one). */
  next(): boolean {
    const s = this.src;
    const end = this.end;
    let i = this.pos;
    while (i < end && s.charCodeAt(i) <= 32) i++;
    if (this.tag) return this.nextInTag(i);
    if (i >= end) return false;
    this.nameStart = i;
    while (i < end && s.charCodeAt(i) !== 61 && s.charCodeAt(i) > 32) i++;
    this.nameEnd = i;
    while (i < end && s.charCodeAt(i) !== QUOT && s.charCodeAt(i) !== APOS) i++;
    if (i >= end) return false;
    this.valueStart = i + 1;
    this.valueEnd = s.indexOf(s.charCodeAt(i) === QUOT ? '"' : "'", i + 1);
    if (this.valueEnd < 0 || this.valueEnd > end) return false;
    this.pos = this.valueEnd + 1;
    return true;
  }

  private nextInTag(start: number): boolean {
    // (never read past the text's end: optimised code reading there is thrown away, and made again)
    const s = this.src;
    const end = this.end;
    let i = start;
    if (i >= end) return false;
    const c = s.charCodeAt(i);
    if (c === GT || (c === SLASH && i + 1 < end && s.charCodeAt(i + 1) === GT)) {
      this.selfClosing = c === SLASH;
      this.tagEnd = c === SLASH ? i + 1 : i;
      return false;
    }
    this.nameStart = i;
    while (i < end) {
      const ch = s.charCodeAt(i);
      if (ch <= 32 || ch === 61 || ch === GT || ch === SLASH) break;
      i++;
    }
    this.nameEnd = i;
    // name="value" or name='value', nothing between
    if (i === start || i + 1 >= end || s.charCodeAt(i) !== 61) return false;
    const q = s.charCodeAt(i + 1);
    if (q !== QUOT && q !== APOS) return false;
    this.valueStart = i + 2;
    this.valueEnd = s.indexOf(q === QUOT ? '"' : "'", i + 2);
    if (this.valueEnd < 0) return false;
    this.pos = this.valueEnd + 1;
    return true;
  }

  /** Reading a tag (resetTag), not a range. */
  isTag(): boolean {
    return this.tag;
  }

  /** The attribute's name is `name` (as written, prefix and all). */
  nameIs(name: string): boolean {
    return this.nameEnd - this.nameStart === name.length && this.src.startsWith(name, this.nameStart);
  }

  /** The value, entity-decoded. */
  value(): string {
    return decodeEntities(this.src.slice(this.valueStart, this.valueEnd));
  }

  /** The value as parseInt(value, 10) reads it; nothing copied where it is all digits. */
  intValue(): number {
    const s = this.src;
    const end = this.valueEnd;
    if (end === this.valueStart || end - this.valueStart > 15) return parseInt(this.value(), 10);
    let n = 0;
    for (let i = this.valueStart; i < end; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return parseInt(this.value(), 10);
      n = n * 10 + d;
    }
    return n;
  }
}

const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** One attribute's value (entity-decoded) by its qualified name, or undefined. */
export function attr(attrs: string, name: string): string | undefined {
  if (!attrs) return undefined;
  // fast path for the common shape: ` name="value"`; a name not in the text at all is not there
  if (attrs.indexOf(name) < 0) return undefined;
  let at = attrs.indexOf(`${name}=`);
  while (at >= 0) {
    const before = at === 0 ? 32 : attrs.charCodeAt(at - 1);
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      const q = attrs.charCodeAt(at + name.length + 1);
      if (q === QUOT || q === APOS) {
        const end = attrs.indexOf(q === QUOT ? '"' : "'", at + name.length + 2);
        if (end < 0) return undefined;
        return decodeEntities(attrs.slice(at + name.length + 2, end));
      }
      break;
    }
    at = attrs.indexOf(`${name}=`, at + 1);
  }
  for (const m of attrs.matchAll(ATTR)) if (m[1] === name) return decodeEntities(m[2] ?? m[3] ?? '');
  return undefined;
}

/** Every attribute, names as written (prefix kept), values decoded. */
export function attrMap(attrs: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of attrs.matchAll(ATTR)) out.set(m[1]!, decodeEntities(m[2] ?? m[3] ?? ''));
  return out;
}

/** An attribute by its local name whatever its prefix (r:id, ns1:id …): relationship ids. */
export function attrLocal(attrs: string, local: string): string | undefined {
  for (const [k, v] of attrMap(attrs)) if (k === local || k.endsWith(`:${local}`)) return v;
  return undefined;
}
