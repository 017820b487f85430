/**
 * The core's report is the JSON contract as it stands: the command line no longer zod-parses
 * it on every run, so this holds it to the schema — parsing changes nothing, not even the order
 * of the keys — on every fixture, the sample and plans full of problems.
 */
import * as path from 'path';
import { readInput } from '../../cli/readInput';
import { checkWorkbook } from '../../core/check/checkWorkbook';
import { reportSchema } from '../../core/report/reportSchema';
import { BAD_ROWS, GOOD_ROWS, fixturePath, removeDir, tempDir, writePlanWorkbook } from './cliHelpers';

let dir: string;
beforeAll(() => {
  dir = tempDir('report-contract-');
});
afterAll(() => removeDir(dir));

async function expectContract(file: string): Promise<void> {
  const { report } = checkWorkbook(await readInput(file), { asOf: '2019-03-01' }, new Date('2019-03-01T12:00:00Z'));
  expect(JSON.stringify(reportSchema.parse(report), null, 2)).toBe(JSON.stringify(report, null, 2));
}

test.each(['oldham', 'kirklees', 'redbridge'])('fixture %s', async (name) => {
  const file = fixturePath(`${name}.xlsx`);
  if (!file) return console.warn(`reportContract.test: shared fixture ${name}.xlsx is absent: skipped`);
  await expectContract(file);
});

test('the sample', async () => {
  await expectContract(path.join(__dirname, '..', '..', 'samples', 'oldham.xlsx'));
});

test('plans good and bad', async () => {
  await expectContract(await writePlanWorkbook(path.join(dir, 'good.xlsx'), GOOD_ROWS));
  await expectContract(await writePlanWorkbook(path.join(dir, 'bad.xlsx'), BAD_ROWS));
});
