// The yardstick for the portfolio: every plan of a folder read and checked one by one in one
// process (readInput, checkWorkbook), nothing written. Prints the number of actions checked.
import fs from 'fs';
import path from 'path';
import { readInput } from '../cli/readInput';
import { checkWorkbook } from '../core/check/checkWorkbook';

async function main() {
  const dir = process.argv[2]!;
  const asOf = process.argv[3]!;
  let actions = 0;
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.xlsx')).sort()) {
    actions += checkWorkbook(await readInput(path.join(dir, name)), { asOf }).report.actions.length;
  }
  console.log(actions);
}
main().catch((e) => {
  console.error(String(e));
  process.exit(1);
});
