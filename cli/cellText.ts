/** Cell text as every reader gives it to the core. */

/** OOXML escapes (_x000D_) to characters; CRLF to LF. */
export function cleanString(s: string): string {
  let t = s;
  if (t.includes('_x')) t = t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  return t;
}
