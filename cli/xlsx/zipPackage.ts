/**
 * The parts of a zip package (an .xlsx), read from its central directory (zip64 included),
 * each inflated by Node's zlib as a stream with its inflated size counted as it comes: a
 * part that inflates past a limit (a zip bomb) stops the read at once, with bounded memory.
 */
import * as zlib from 'zlib';

/** One part of the package as the central directory lists it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As the directory claims it: only a hint, the inflated bytes are counted as they come. */
  declaredSize: number;
  localHeaderOffset: number;
}

/** The package is not a zip PlanCheck can read (cut short, damaged, an unknown compression). */
export class ZipDamaged extends Error {}

/** A part inflates far past any real plan's: a zip bomb or a damaged file. */
export class ZipTooLarge extends Error {
  constructor(
    readonly part: string,
    readonly inflatedBytes: number,
    readonly why: 'size' | 'ratio',
  ) {
    super(`${part} inflates past ${Math.round(inflatedBytes / 1048576)} MB`);
  }
}

/**
 * Limits on what a part may inflate to. A 500 000-row plan's sheet is ~0.4 GB of XML at
 * ~10:1 compression; a zip bomb is ~1000:1. Past `ratioAfterBytes`, a part inflating more
 * than `maxRatio` times its compressed size is refused (the rule Apache POI uses), and no
 * part may pass `maxPartBytes` whatever its ratio.
 */
export interface InflateLimits {
  maxPartBytes: number;
  maxRatio: number;
  ratioAfterBytes: number;
}

export const DEFAULT_LIMITS: InflateLimits = {
  maxPartBytes: 2 * 1024 ** 3,
  maxRatio: 400,
  ratioAfterBytes: 32 * 1024 ** 2,
};

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipPackage {
  readonly entries = new Map<string, ZipEntry>();
  /** Part names in lower case to their names (zip names are case-sensitive; OPC's are not). */
  private readonly folded = new Map<string, string>();

  constructor(
    private readonly buf: Buffer,
    private readonly limits: InflateLimits = DEFAULT_LIMITS,
  ) {
    this.readDirectory();
  }

  private readDirectory(): void {
    const b = this.buf;
    // the end record is in the last 64 KB + 22 bytes (a comment may follow it)
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 65557); i--) {
      if (b.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ZipDamaged('no end of central directory');
    let count = b.readUInt16LE(eocd + 10);
    let size = b.readUInt32LE(eocd + 12);
    let offset = b.readUInt32LE(eocd + 16);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      const loc = eocd - 20;
      if (loc < 0 || b.readUInt32LE(loc) !== ZIP64_LOCATOR) throw new ZipDamaged('zip64 locator missing');
      const rec = Number(b.readBigUInt64LE(loc + 8));
      if (rec < 0 || rec + 56 > b.length || b.readUInt32LE(rec) !== ZIP64_EOCD) throw new ZipDamaged('zip64 end record missing');
      count = Number(b.readBigUInt64LE(rec + 32));
      size = Number(b.readBigUInt64LE(rec + 40));
      offset = Number(b.readBigUInt64LE(rec + 48));
    }
    if (offset + size > b.length) throw new ZipDamaged('central directory past the end');
    let p = offset;
    for (let n = 0; n < count; n++) {
      if (p + 46 > b.length || b.readUInt32LE(p) !== CENTRAL) throw new ZipDamaged('central directory entry damaged');
      const method = b.readUInt16LE(p + 10);
      let compressedSize = b.readUInt32LE(p + 20);
      let declaredSize = b.readUInt32LE(p + 24);
      const nameLen = b.readUInt16LE(p + 28);
      const extraLen = b.readUInt16LE(p + 30);
      const commentLen = b.readUInt16LE(p + 32);
      let localHeaderOffset = b.readUInt32LE(p + 42);
      const name = b.toString('utf8', p + 46, p + 46 + nameLen);
      // zip64: the sizes and offset that overflowed 32 bits are in the 0x0001 extra field, in this order
      let e = p + 46 + nameLen;
      const extraEnd = e + extraLen;
      while (e + 4 <= extraEnd) {
        const id = b.readUInt16LE(e);
        const len = b.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (declaredSize === 0xffffffff && q + 8 <= e + 4 + len) {
            declaredSize = Number(b.readBigUInt64LE(q));
            q += 8;
          }
          if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
            compressedSize = Number(b.readBigUInt64LE(q));
            q += 8;
          }
          if (localHeaderOffset === 0xffffffff && q + 8 <= e + 4 + len) localHeaderOffset = Number(b.readBigUInt64LE(q));
        }
        e += 4 + len;
      }
      const entry: ZipEntry = { name, method, compressedSize, declaredSize, localHeaderOffset };
      this.entries.set(name, entry);
      this.folded.set(name.toLowerCase(), name);
      p = extraEnd + commentLen;
    }
  }

  /** The entry for a part name (leading "/" dropped, matched without regard to case), or undefined. */
  entry(partName: string): ZipEntry | undefined {
    const name = partName.replace(/^\/+/, '');
    return this.entries.get(name) ?? this.entries.get(this.folded.get(name.toLowerCase()) ?? '');
  }

  /** The compressed bytes of an entry. */
  private rawData(entry: ZipEntry): Buffer {
    const b = this.buf;
    const h = entry.localHeaderOffset;
    if (h + 30 > b.length || b.readUInt32LE(h) !== LOCAL) throw new ZipDamaged(`local header of ${entry.name} damaged`);
    const start = h + 30 + b.readUInt16LE(h + 26) + b.readUInt16LE(h + 28);
    const end = start + entry.compressedSize;
    if (end > b.length) throw new ZipDamaged(`${entry.name} cut short`);
    return b.subarray(start, end);
  }

  /**
   * Streams a part's inflated bytes to `onChunk`, counting them against the limits as they
   * come (a bomb stops within one chunk of its limit, nothing kept).
   */
  async inflate(entry: ZipEntry, onChunk: (chunk: Buffer) => void): Promise<void> {
    const raw = this.rawData(entry);
    const { maxPartBytes, maxRatio, ratioAfterBytes } = this.limits;
    const compressed = Math.max(1, entry.compressedSize);
    let inflated = 0;
    // compressed bytes handed to zlib so far: the ratio is checked as the part streams, not at its end
    let fed = raw.length;
    const count = (n: number): void => {
      inflated += n;
      if (inflated > maxPartBytes) throw new ZipTooLarge(entry.name, inflated, 'size');
      if (inflated > ratioAfterBytes && inflated / Math.max(1, fed) > maxRatio) throw new ZipTooLarge(entry.name, inflated, 'ratio');
    };
    if (entry.method === 0) {
      count(raw.length);
      onChunk(raw);
      return;
    }
    if (entry.method !== 8) throw new ZipDamaged(`${entry.name} uses compression method ${entry.method}`);
    // small parts in one call (bounded by maxOutputLength); big ones as a stream
    if (raw.length < 256 * 1024) {
      let out: Buffer;
      try {
        out = zlib.inflateRawSync(raw, { maxOutputLength: Math.min(maxPartBytes, Math.max(ratioAfterBytes, compressed * maxRatio)) + 1 });
      } catch (e) {
        if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipTooLarge(entry.name, Math.max(ratioAfterBytes, compressed * maxRatio), 'ratio');
        throw new ZipDamaged(`${entry.name}: ${(e as Error).message}`);
      }
      count(out.length);
      onChunk(out);
      return;
    }
    await new Promise<void>((resolve, reject) => {
      // 32 KB pieces: their strings stay in the young generation (a 1 MB one goes to the large-object space, freed late)
      const inflater = zlib.createInflateRaw({ chunkSize: 32 * 1024 });
      let failed = false;
      const fail = (e: unknown) => {
        if (failed) return;
        failed = true;
        inflater.destroy();
        reject(e instanceof ZipTooLarge || e instanceof ZipDamaged ? e : e instanceof Error && (e as { code?: string }).code?.startsWith('Z_') ? new ZipDamaged(`${entry.name}: ${e.message}`) : e);
      };
      // each piece is scanned on a later turn, so zlib inflates the next one on its thread
      // meanwhile (scanned in the 'data' event, the two would take turns); a few pieces ahead at most
      const queued: Buffer[] = [];
      let ended = false;
      let scheduled = false;
      const scanNext = (): void => {
        scheduled = false;
        if (failed) return;
        const chunk = queued.shift();
        if (chunk) {
          try {
            count(chunk.length);
            onChunk(chunk);
          } catch (e) {
            fail(e);
            return;
          }
        }
        if (queued.length) schedule();
        else if (ended) resolve();
        else if (inflater.isPaused()) inflater.resume();
      };
      const schedule = (): void => {
        if (scheduled) return;
        scheduled = true;
        setImmediate(scanNext);
      };
      inflater.on('data', (chunk: Buffer) => {
        if (failed) return;
        queued.push(chunk);
        if (queued.length >= 8) inflater.pause();
        schedule();
      });
      inflater.on('error', fail);
      inflater.on('end', () => {
        ended = true;
        if (!failed && !queued.length && !scheduled) resolve();
      });
      fed = 0;
      const slice = 64 * 1024;
      const pump = (): void => {
        while (!failed && fed < raw.length) {
          const next = raw.subarray(fed, fed + slice);
          fed += next.length;
          if (!inflater.write(next)) {
            inflater.once('drain', pump);
            return;
          }
        }
        if (!failed) inflater.end();
      };
      pump();
    });
  }

  /** A whole (small) part as text. */
  async text(entry: ZipEntry): Promise<string> {
    const chunks: Buffer[] = [];
    await this.inflate(entry, (c) => void chunks.push(c));
    return Buffer.concat(chunks).toString('utf8');
  }
}
