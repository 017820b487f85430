// Zip packages made by hand for the bench and the tests: a zip bomb (a small .xlsx whose sheet
// inflates to hundreds of megabytes) and any package rewritten in zip64 form.
import * as zlib from 'zlib';

export interface ZipPart {
  name: string;
  /** The part's bytes, or already deflated with its inflated size and CRC. */
  data: Buffer | { deflated: Buffer; size: number; crc: number };
}

/** The fields a local and a central header share, from flags to the name's length, written at `at`. */
function entryFields(header: Buffer, at: number, d: { deflated: Buffer; size: number; crc: number }, nameLength: number, zip64: boolean): void {
  header.writeUInt16LE(0x0800, at); // UTF-8 names
  header.writeUInt16LE(8, at + 2); // deflate
  header.writeUInt32LE(d.crc >>> 0, at + 8);
  header.writeUInt32LE(zip64 ? 0xffffffff : d.deflated.length, at + 12);
  header.writeUInt32LE(zip64 ? 0xffffffff : d.size, at + 16);
  header.writeUInt16LE(nameLength, at + 20);
}

/** A zip64 extended-information extra field holding these 64-bit values. */
function zip64Extra(values: number[]): Buffer {
  const extra = Buffer.alloc(4 + 8 * values.length);
  extra.writeUInt16LE(1, 0);
  extra.writeUInt16LE(8 * values.length, 2);
  values.forEach((v, i) => extra.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
  return extra;
}

/** Writes a zip; `zip64` gives every entry zip64 sizes and offsets and the zip64 end records. */
export function writeZip(parts: ZipPart[], zip64 = false): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const d = Buffer.isBuffer(p.data) ? { deflated: zlib.deflateRawSync(p.data), size: p.data.length, crc: zlib.crc32(p.data) } : p.data;
    const version = zip64 ? 45 : 20;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(version, 4);
    entryFields(local, 6, d, name.length, zip64);
    const localExtra = zip64 ? zip64Extra([d.size, d.deflated.length]) : Buffer.alloc(0);
    local.writeUInt16LE(localExtra.length, 28);
    out.push(local, name, localExtra, d.deflated);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(version, 4);
    cen.writeUInt16LE(version, 6);
    entryFields(cen, 8, d, name.length, zip64);
    const extra = zip64 ? zip64Extra([d.size, d.deflated.length, offset]) : Buffer.alloc(0);
    cen.writeUInt16LE(extra.length, 30);
    cen.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
    central.push(cen, name, extra);
    offset += local.length + name.length + localExtra.length + d.deflated.length;
  }
  const cd = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (zip64) {
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeUInt16LE(45, 12);
    rec.writeUInt16LE(45, 14);
    rec.writeBigUInt64LE(BigInt(parts.length), 24);
    rec.writeBigUInt64LE(BigInt(parts.length), 32);
    rec.writeBigUInt64LE(BigInt(cd.length), 40);
    rec.writeBigUInt64LE(BigInt(offset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    loc.writeUInt32LE(1, 16);
    tail.push(rec, loc);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : parts.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : parts.length, 10);
  end.writeUInt32LE(zip64 ? 0xffffffff : cd.length, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...out, cd, ...tail, end]);
}

/** `megabytes` MB of spaces inside an XML element, deflated as it is made (never held whole). */
export async function deflatedSpaces(head: string, megabytes: number, tail: string): Promise<{ deflated: Buffer; size: number; crc: number }> {
  const block = Buffer.alloc(1 << 20, 0x20);
  const chunks: Buffer[] = [];
  const z = zlib.createDeflateRaw({ level: 9 });
  z.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve, reject) => z.on('end', resolve).on('error', reject));
  const write = (b: Buffer) => (z.write(b) ? Promise.resolve() : new Promise<void>((resolve) => z.once('drain', () => resolve())));
  let crc = zlib.crc32(head);
  await write(Buffer.from(head));
  for (let i = 0; i < megabytes; i++) {
    await write(block);
    crc = zlib.crc32(block, crc);
  }
  crc = zlib.crc32(tail, crc);
  z.end(Buffer.from(tail));
  await done;
  return { deflated: Buffer.concat(chunks), size: head.length + megabytes * (1 << 20) + tail.length, crc };
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>';
const ROOT_RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK = '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>';
const STYLES = '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>';

/** A zip bomb shaped as an .xlsx: a sheet of `megabytes` MB of spaces, about 1/1000 of that on disk. */
export async function zipBombXlsx(megabytes = 500): Promise<Buffer> {
  const sheet = await deflatedSpaces('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>', megabytes, '</sheetData></worksheet>');
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) },
    { name: 'xl/workbook.xml', data: Buffer.from(WORKBOOK) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(WORKBOOK_RELS) },
    { name: 'xl/styles.xml', data: Buffer.from(STYLES) },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ]);
}

if (require.main === module) {
  // node build/bench/zipFiles.js bomb.xlsx [megabytes]
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only when run as a script
  void zipBombXlsx(Number(process.argv[3] ?? 500)).then((b) => require('fs').writeFileSync(process.argv[2]!, b));
}
