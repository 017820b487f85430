/**
 * The one place every file PlanCheck writes goes through (--out, --html, a folder's copies).
 * Its rules:
 * - a plan being checked is never written, whatever path names it: files are compared by what
 *   they are on disk (device and inode, after following links), never by path strings, so a
 *   symbolic or hard link, `..` through a linked folder or another case on a case-insensitive
 *   disk all count as the plan;
 * - paths are handed to the file system as given (`..` is resolved by the file system, through
 *   links, not by string arithmetic) and the temporary file sits beside the real target;
 * - a file is written whole or not at all: into a temporary file in the target's own folder,
 *   then renamed over the target; Ctrl+C (or a kill) while writing removes the temporary file.
 */
import * as fs from 'fs';
import { promises as fsp } from 'fs';
import * as path from 'path';
import type { Writable } from 'stream';
import { finished } from 'stream/promises';

/** A request the outputs cannot carry out: a one-line reason naming the flag or file. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

/** A file as the disk knows it: the same pair whatever path, link or case leads to it. */
interface FileIdentity {
  dev: number;
  ino: number;
}

async function identityOf(file: string): Promise<FileIdentity | null> {
  try {
    const st = await fsp.stat(file); // follows links
    return { dev: st.dev, ino: st.ino };
  } catch {
    return null;
  }
}

/** The plans being read: never written, by any name. */
export class ProtectedFiles {
  private readonly ids: Promise<FileIdentity | null>[];

  constructor(files: readonly string[]) {
    this.ids = files.map((f) => identityOf(f));
  }

  /** Whether `target` is (now) one of the protected files. */
  async holds(target: string): Promise<boolean> {
    const id = await identityOf(target);
    if (!id) return false;
    for (const p of await Promise.all(this.ids)) if (p && p.dev === id.dev && p.ino === id.ino) return true;
    return false;
  }
}

/** Whether two paths lead to the same file or folder on disk. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([identityOf(a), identityOf(b)]);
  return !!x && !!y && x.dev === y.dev && x.ino === y.ino;
}

/**
 * Where an output goes. For a file: the name given, or for an existing folder a file in it
 * named after the plan. For a folder of plans: a folder (created when writing).
 */
export async function resolveOutput(flag: string, given: string, inFolder: boolean, extensions: string[], nameInFolder: string): Promise<string> {
  let stat: fs.Stats | null;
  try {
    stat = await fsp.stat(given);
  } catch {
    stat = null;
  }
  if (inFolder) {
    if (stat && !stat.isDirectory()) throw new OutputError(`${flag} "${given}" is a file: for a folder of plans give a folder to write into`);
    return given;
  }
  if (stat?.isDirectory()) return path.join(given, nameInFolder);
  const ext = path.extname(given).toLowerCase();
  if (!extensions.includes(ext)) {
    throw new OutputError(`${flag} "${given}": give a file name ending in ${extensions.join(' or ')}`);
  }
  try {
    const dir = await fsp.stat(path.dirname(given));
    if (!dir.isDirectory()) throw new Error('not a folder');
  } catch {
    throw new OutputError(`${flag} "${given}": the folder ${path.dirname(given)} does not exist: create it first or give another path`);
  }
  return given;
}

/** What a writer hands over: the bytes, or a function that streams them into the file. */
export type OutputData = string | Buffer | ArrayBuffer | ((into: Writable) => Promise<unknown>);

/**
 * Writes `target` whole or not at all, refusing it when it is one of the protected files.
 * `flag` names the option in messages (--out, --html).
 */
export async function writeOutputFile(flag: string, target: string, data: OutputData, protect: ProtectedFiles): Promise<void> {
  if (await protect.holds(target)) {
    throw new OutputError(`${flag} "${target}" is the plan being checked (by another name or link): give another file name (PlanCheck never overwrites the plan it reads)`);
  }
  let folder: string;
  try {
    // the folder the file system means by this path (`..` after a linked folder included)
    folder = await fsp.realpath(path.dirname(target));
  } catch (e) {
    throw new OutputError(`cannot write ${target} (${e instanceof Error ? e.message : String(e)}): check the folder exists and the file is not open in Excel`);
  }
  const final = path.join(folder, path.basename(target));
  const temp = path.join(folder, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  inFlight.add(temp);
  watchSignals();
  try {
    if (typeof data === 'function') {
      const stream = fs.createWriteStream(temp, { flags: 'wx' });
      const done = finished(stream);
      await data(stream);
      if (!stream.writableEnded) stream.end();
      await done;
    } else {
      await fsp.writeFile(temp, typeof data === 'string' ? data : Buffer.from(data as ArrayBuffer), { flag: 'wx' });
    }
    // checked again at the last moment: the target may have become a link to the plan meanwhile
    if (await protect.holds(final)) throw new OutputError(`${flag} "${target}" is the plan being checked (by another name or link): give another file name (PlanCheck never overwrites the plan it reads)`);
    await fsp.rename(temp, final);
  } catch (e) {
    await fsp.rm(temp, { force: true });
    if (e instanceof OutputError) throw e;
    const reason = e instanceof Error ? e.message : String(e);
    throw new OutputError(`cannot write ${target} (${reason}): check the folder exists and the file is not open in Excel`);
  } finally {
    inFlight.delete(temp);
    if (!inFlight.size) unwatchSignals();
  }
}

/** Creates a folder of outputs (for a folder of plans), with its parents. */
export async function makeOutputFolder(folder: string): Promise<void> {
  await fsp.mkdir(folder, { recursive: true });
}

// ---------------------------------------------------------------------------------------
// Ctrl+C while writing: the temporary files go, then the signal does what it would have done

const inFlight = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let watching = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const temp of inFlight) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // nothing more can be done while stopping
    }
  }
  inFlight.clear();
  unwatchSignals();
  process.kill(process.pid, signal);
}

function watchSignals(): void {
  if (watching) return;
  watching = true;
  for (const s of SIGNALS) process.on(s, onSignal);
}

function unwatchSignals(): void {
  if (!watching) return;
  watching = false;
  for (const s of SIGNALS) process.off(s, onSignal);
}
