// The reader candidates side by side, each in a process of its own (npm run bench measures them):
//   floor   Node's zlib inflating the sheets and shared strings, and one scan counting cells
//   saxes   the same parts through saxes (the SAX parser ExcelJS itself uses), counting elements
//   stream  PlanCheck's streaming reader (cli/xlsx): the whole grid, as the command line reads it
// usage: node build/bench/readCandidates.js <floor|saxes|stream> plan.xlsx
import fs from 'fs';
import { StringDecoder } from 'string_decoder';
import { ZipPackage } from '../cli/xlsx/zipPackage';
import { readPackageGrid } from '../cli/xlsx/readPackage';

const parts = (zip: ZipPackage) => [...zip.entries.values()].filter((e) => /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(e.name));

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  const buf = fs.readFileSync(file!);
  let count = 0;
  if (mode === 'floor') {
    const zip = new ZipPackage(buf);
    for (const entry of parts(zip)) {
      await zip.inflate(entry, (chunk) => {
        for (let i = chunk.indexOf(60); i >= 0; i = chunk.indexOf(60, i + 1)) if (chunk[i + 1] === 99) count++;
      });
    }
  } else if (mode === 'saxes') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { SaxesParser } = require('saxes') as typeof import('saxes');
    const zip = new ZipPackage(buf);
    for (const entry of parts(zip)) {
      const parser = new SaxesParser();
      parser.on('opentag', () => void count++);
      parser.on('text', () => undefined);
      const decoder = new StringDecoder('utf8');
      await zip.inflate(entry, (chunk) => void parser.write(decoder.write(chunk)));
      parser.close();
    }
  } else if (mode === 'stream') {
    const grid = await readPackageGrid(buf, 'plan.xlsx');
    for (const s of grid.sheets) count += s.values.reduce((n, r) => n + r.length, 0);
  } else throw new Error(`unknown mode ${mode}`);
  console.log(count);
}
void main();
