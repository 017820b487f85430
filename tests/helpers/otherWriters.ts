/**
 * Workbooks as other programs write them, made in the tests: openpyxl (python3) and
 * LibreOffice (soffice --headless). Each returns null where its tool is not installed, so a
 * test can skip with a message.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdirSync } from 'fs';
import * as path from 'path';

function which(candidates: string[], probe: string[]): string | null {
  for (const c of candidates) {
    const r = spawnSync(c, probe, { encoding: 'utf8', timeout: 60_000 });
    if (r.status === 0) return c;
  }
  return null;
}

export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? null;
export const PYTHON = which(['/usr/bin/python3', 'python3'], ['-c', 'import openpyxl']);

/** Runs an openpyxl script; `OUT` in it is the path of the workbook to save. Returns that path. */
export function openpyxlWorkbook(file: string, script: string): string {
  if (!PYTHON) throw new Error('openpyxl is not installed');
  const program = `import openpyxl\nOUT = ${JSON.stringify(file)}\n${script}\n`;
  execFileSync(PYTHON, ['-c', program], { timeout: 60_000, stdio: 'pipe' });
  return file;
}

/** Converts a file with LibreOffice (`to`: "xlsx", "csv:…"), into `outDir`; returns the converted file. */
export function libreOfficeConvert(file: string, to: string, outDir: string): string {
  if (!SOFFICE) throw new Error('LibreOffice is not installed');
  mkdirSync(outDir, { recursive: true });
  const profile = path.join(outDir, '.profile');
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, file], { timeout: 180_000, stdio: 'pipe' });
  const ext = to.split(':')[0]!;
  return path.join(outDir, `${path.basename(file).replace(/\.[^.]+$/, '')}.${ext}`);
}

/** A test that runs only where openpyxl is installed (skipped with a message otherwise). */
export const withOpenpyxl = PYTHON ? test : test.skip;
export const withLibreOffice = SOFFICE ? test : test.skip;
if (!PYTHON) console.warn('openpyxl cases skipped: no python3 with openpyxl (apt-get install -y python3-openpyxl)');
if (!SOFFICE) console.warn('LibreOffice cases skipped: soffice is not installed (apt-get install -y libreoffice-calc-nogui)');
