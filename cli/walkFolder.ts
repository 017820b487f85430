/**
 * What a path names: one plan file, or a folder whose plans are checked one by one (Office
 * lock files and hidden files left out, in the order a person would sort them).
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import { UsageError } from './cliIo';
import { core } from './lazyCore';
import { describeFsError } from './readError';

export interface PlanFiles {
  isFolder: boolean;
  /** The files to check, as paths the user's path leads to. */
  files: string[];
  /** For a folder: the name each plan's outputs take (the file's stem, or its whole name where two plans share a stem). */
  outputNames?: Map<string, string>;
}

export async function findPlans(target: string): Promise<PlanFiles> {
  let isFolder: boolean;
  try {
    isFolder = (await fsp.stat(target)).isDirectory();
  } catch (e) {
    throw new UsageError(`${target}: ${describeFsError(e)}`);
  }
  if (!isFolder) return { isFolder, files: [target] };
  const files = await listSpreadsheets(target);
  if (!files.length) throw new UsageError(`${target}: no .xlsx, .xlsm or .csv files in this folder: check the folder, or name a plan file`);
  return { isFolder, files, outputNames: outputNames(files) };
}

/** A file's name without its extension. */
export function stem(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '');
}

function outputNames(files: string[]): Map<string, string> {
  const stems = new Map<string, number>();
  for (const f of files) stems.set(stem(path.basename(f)).toLowerCase(), (stems.get(stem(path.basename(f)).toLowerCase()) ?? 0) + 1);
  return new Map(files.map((f) => {
    const name = path.basename(f);
    return [f, (stems.get(stem(name).toLowerCase()) ?? 0) > 1 ? name : stem(name)];
  }));
}

async function listSpreadsheets(folder: string): Promise<string[]> {
  let entries: import('fs').Dirent[];
  try {
    entries = await fsp.readdir(folder, { withFileTypes: true });
  } catch (e) {
    throw new UsageError(`${folder}: ${describeFsError(e)}`);
  }
  const names: string[] = [];
  for (const d of entries) {
    const n = d.name;
    // Office lock files (~$plan.xlsx) and hidden files are not plans
    if (n.startsWith('~$') || n.startsWith('.')) continue;
    if (!core().FOLDER_EXTENSIONS.includes(path.extname(n).toLowerCase())) continue;
    let isFile = d.isFile();
    if (d.isSymbolicLink()) {
      try {
        isFile = (await fsp.stat(path.join(folder, n))).isFile();
      } catch {
        isFile = true; // a broken link: reported as unreadable
      }
    }
    if (isFile) names.push(n);
  }
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  names.sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  return names.map((n) => path.join(folder, n));
}
