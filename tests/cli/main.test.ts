/** The command line's contract (PRODUCT §8): exit codes, one clean stderr line, JSON documents. */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { reportSchema, type Report } from '../../core/report/reportSchema';
import { BAD_ROWS, GOOD_ROWS, expectOneCleanLine, fixturePath, removeDir, runCli, tempDir, writePlanWorkbook } from './cliHelpers';

let dir: string;
let good: string;
let bad: string;

beforeAll(async () => {
  dir = tempDir();
  good = await writePlanWorkbook(path.join(dir, 'good.xlsx'), GOOD_ROWS);
  bad = await writePlanWorkbook(path.join(dir, 'bad.xlsx'), BAD_ROWS);
});
afterAll(() => removeDir(dir));

function parseReport(stdout: string): Report {
  const json: unknown = JSON.parse(stdout);
  const r = reportSchema.safeParse(json);
  if (!r.success) throw new Error(`not a v1 report: ${r.error.message}`);
  return r.data;
}

function parseReports(stdout: string): Report[] {
  const json: unknown = JSON.parse(stdout);
  expect(Array.isArray(json)).toBe(true);
  return (json as unknown[]).map((d) => {
    const r = reportSchema.safeParse(d);
    if (!r.success) throw new Error(`not a v1 report: ${r.error.message}`);
    return r.data;
  });
}

describe('arguments', () => {
  test('no command: exit 2, one line', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(expectOneCleanLine(r)).toMatch(/plancheck validate/);
  });

  test('--as-of 2019-13-45: exit 2 naming the flag', async () => {
    const r = await runCli(['validate', good, '--as-of', '2019-13-45']);
    expect(r.code).toBe(2);
    const line = expectOneCleanLine(r);
    expect(line).toContain('--as-of');
    expect(line).toContain('2019-13-45');
    expect(line).toMatch(/YYYY-MM-DD/);
    expect(r.stdout).toBe('');
  });

  test('--as-of in another form: exit 2, one message', async () => {
    const r = await runCli(['validate', good, '--as-of', '1/3/2019']);
    expect(r.code).toBe(2);
    expect(expectOneCleanLine(r)).toMatch(/--as-of "1\/3\/2019".*YYYY-MM-DD/);
  });

  test.each([
    [['--bogus'], /unknown option '--bogus'/],
    [['--jsn'], /unknown option '--jsn'.*--json/],
    [['--as-of'], /--as-of/],
    [['--tolerance-days', 'abc'], /--tolerance-days "abc" is not a whole number/],
    [['--tolerance-days', '-5'], /--tolerance-days -5 is out of range/],
    [['--staleness-days', '0'], /--staleness-days 0 is out of range/],
    [['--year-start-month', '13'], /--year-start-month 13 is out of range/],
    [['--scheme', 'four'], /--scheme "four": use five, three/],
    [['--scheme', 'nowhere.json'], /--scheme nowhere\.json: no such file/],
    [['--plan-period', 'banana'], /--plan-period.*banana/],
    [['--apply-rag'], /--apply-rag .*--out/],
    [['--apply-rag', '--undo-apply', '--out', 'x.xlsx'], /cannot be used together/],
    [['--out', 'checked.csv'], /--out "checked\.csv".*\.xlsx/],
    [['--sheet', 'Nope'], /no sheet named "Nope".*"Plan"/],
    [['extra-argument'], /too many arguments/],
  ])('%j: exit 2 and one clear line', async (extra, pattern) => {
    const r = await runCli(['validate', good, ...extra]);
    expect(r.code).toBe(2);
    expect(expectOneCleanLine(r)).toMatch(pattern);
    expect(r.stdout).toBe('');
  });

  test('unknown command: exit 2', async () => {
    const r = await runCli(['check', good]);
    expect(r.code).toBe(2);
    expect(expectOneCleanLine(r)).toMatch(/unknown command 'check'/);
  });

  test('--help and --version: exit 0 on stdout', async () => {
    const h = await runCli(['validate', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/--as-of/);
    expect(h.stderr).toBe('');
    const v = await runCli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('--out may not overwrite the plan it reads', async () => {
    const r = await runCli(['validate', good, '--out', good]);
    expect(r.code).toBe(2);
    expect(expectOneCleanLine(r)).toMatch(/never overwrites/);
  });
});

describe('scheme files', () => {
  const write = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };

  test('a scheme missing a status: exit 2, the status named', async () => {
    const p = write(
      'missing-status.json',
      JSON.stringify({
        name: 'board',
        labels: [
          { label: 'Green', colour: '#00B050', statuses: ['on-track', 'carried-over'] },
          { label: 'Red', colour: '#FF0000', statuses: ['off-track'] },
          { label: 'Grey', colour: '#A6A6A6', statuses: ['complete'] },
        ],
      }),
    );
    const r = await runCli(['validate', good, '--scheme', p]);
    expect(r.code).toBe(2);
    const line = expectOneCleanLine(r);
    expect(line).toContain('missing-status.json');
    expect(line).toContain('no label stands for status "at-risk"');
  });

  test('several mistakes are all reported on the one line', async () => {
    const p = write(
      'many.json',
      JSON.stringify({
        name: 'board',
        labels: [
          { label: 'Green', colour: 'green', statuses: ['on-track', 'complete', 'carried-over'] },
          { label: 'Amber', colour: '#FFC000', statuses: ['at-risk', 'on-track'] },
          { label: 'Red', colour: '#FF0000', statuses: ['off-track', 'late'] },
        ],
      }),
    );
    const r = await runCli(['validate', good, '--scheme', p]);
    expect(r.code).toBe(2);
    const line = expectOneCleanLine(r);
    expect(line).toMatch(/label 1 \("Green"\) "colour".*#RRGGBB/);
    expect(line).toMatch(/status "on-track" is already given to label "Green"/);
    expect(line).toMatch(/label 3 \("Red"\) "statuses"\[1\]/);
  });

  test('a scheme file that is not JSON: exit 2 with where', async () => {
    const p = write('broken.json', '{\n  "name": "board",\n  "labels": [ }\n');
    const r = await runCli(['validate', good, '--scheme', p]);
    expect(r.code).toBe(2);
    expect(expectOneCleanLine(r)).toMatch(/broken\.json: the scheme file is not valid JSON/);
  });

  test('an empty scheme file: exit 2', async () => {
    const p = write('empty.json', '');
    const r = await runCli(['validate', good, '--scheme', p]);
    expect(r.code).toBe(2);
    expect(expectOneCleanLine(r)).toMatch(/empty\.json: the scheme file is not valid JSON/);
  });

  test('a valid custom scheme is used (exit 0 or 1, source setting)', async () => {
    const p = write(
      'board.json',
      JSON.stringify({
        name: 'board-2019',
        labels: [
          { label: 'Green', colour: '#00B050', statuses: ['on-track', 'carried-over'] },
          { label: 'Red', colour: '#FF0000', statuses: ['off-track', 'at-risk'] },
          { label: 'Done', colour: '#A6A6A6', statuses: ['complete'] },
        ],
      }),
    );
    const r = await runCli(['validate', good, '--scheme', p, '--as-of', '2019-03-01', '--json']);
    expect([0, 1]).toContain(r.code);
    const doc = parseReport(r.stdout);
    expect(doc.scheme.name).toBe('board-2019');
    expect(doc.scheme.source).toBe('setting');
    expect(doc.actions.find((a) => a.ref === '1.1')?.rag.computed).toBe('Done');
  });
});

describe('files that cannot be read: exit 2, one line naming the file', () => {
  const cases: [string, (p: string) => Promise<void> | void, RegExp][] = [
    ['random.xlsx', (p) => fs.writeFileSync(p, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251))), /not an Excel workbook/],
    ['empty.xlsx', (p) => fs.writeFileSync(p, ''), /empty/],
    [
      'truncated.xlsx',
      async (p) => {
        const whole = fs.readFileSync(good);
        fs.writeFileSync(p, whole.subarray(0, Math.floor(whole.length / 2)));
      },
      /damaged or incomplete/,
    ],
    [
      'old.xls',
      (p) => fs.writeFileSync(p, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)])),
      /Excel 97-2003.*save it as/,
    ],
    [
      'locked.xlsx',
      (p) =>
        fs.writeFileSync(
          p,
          Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(512)]),
        ),
      /password-protected/,
    ],
    ['binary.csv', (p) => fs.writeFileSync(p, Buffer.from([0x41, 0x00, 0x42, 0x00, 0x01, 0x02])), /not a text CSV/],
    ['plan.pdf', (p) => fs.writeFileSync(p, '%PDF-1.4'), /reads \.xlsx, \.xlsm and \.csv/],
  ];
  test.each(cases)('%s', async (name, make, pattern) => {
    const p = path.join(dir, name);
    await make(p);
    const r = await runCli(['validate', p, '--json']);
    expect(r.code).toBe(2);
    const line = expectOneCleanLine(r);
    expect(line).toContain(name);
    expect(line).toMatch(pattern);
    expect(r.stdout).toBe('');
  });

  test('a zip that is not a workbook', async () => {
    // a .docx-like zip: ExcelJS writes one for us by zipping a workbook's buffer under another name? use JSZip via ExcelJS's dependency
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const JSZip = require('jszip') as { new (): { file(n: string, d: string): void; generateAsync(o: { type: 'nodebuffer' }): Promise<Buffer> } };
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document/>');
    const p = path.join(dir, 'letter.xlsx');
    fs.writeFileSync(p, await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await runCli(['validate', p]);
    expect(r.code).toBe(2);
    expect(expectOneCleanLine(r)).toMatch(/letter\.xlsx: .*not an Excel workbook/);
  });

  test('a missing path', async () => {
    const p = path.join(dir, 'nowhere', 'plan.xlsx');
    const r = await runCli(['validate', p]);
    expect(r.code).toBe(2);
    expect(expectOneCleanLine(r)).toMatch(/plan\.xlsx: no such file or folder/);
  });
});

describe('readable workbooks', () => {
  test('a workbook with no sheets: exit 1, no-plan-table', async () => {
    const p = path.join(dir, 'nosheets.xlsx');
    await new ExcelJS.Workbook().xlsx.writeFile(p);
    const r = await runCli(['validate', p, '--json']);
    expect(r.code).toBe(1);
    const doc = parseReport(r.stdout);
    expect(doc.actions).toEqual([]);
    expect(doc.issues.map((i) => i.code)).toContain('no-plan-table');
  });

  test('an empty sheet: exit 1, no-plan-table', async () => {
    const p = path.join(dir, 'emptysheet.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Plan 2018-19');
    await wb.xlsx.writeFile(p);
    const r = await runCli(['validate', p, '--json']);
    expect(r.code).toBe(1);
    expect(expectNoStderr(r));
    const doc = parseReport(r.stdout);
    expect(doc.issues.map((i) => i.code)).toContain('no-plan-table');
    expect(doc.file).toBe('emptysheet.xlsx');
  });

  test('a good plan: exit 0, one JSON document', async () => {
    const r = await runCli(['validate', good, '--json', '--as-of', '2019-03-01']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = parseReport(r.stdout);
    expect(doc.version).toBe(1);
    expect(doc.file).toBe('good.xlsx');
    expect(doc.asOf).toBe('2019-03-01');
    expect(doc.planPeriod).toMatchObject({ label: '2018-19', start: '2018-04-01', end: '2019-03-31' });
    expect(doc.actions.map((a) => [a.row, a.ref])).toEqual([
      [4, '1.1'],
      [5, '1.2'],
    ]);
    expect(doc.summary.errors).toBe(0);
  });

  test('a plan with error-severity issues: exit 1, still a report', async () => {
    const r = await runCli(['validate', bad, '--json', '--as-of', '2019-03-01']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const doc = parseReport(r.stdout);
    const codes = doc.issues.map((i) => `${i.code}@${i.cell}`);
    expect(codes).toEqual(expect.arrayContaining(['missing-owner@C4', 'unparsed-due-date@D5']));
    expect(doc.summary.errors).toBeGreaterThan(0);
  });

  test('the JSON carries only the contract (internal extras stripped) and is one document', async () => {
    const r = await runCli(['validate', bad, '--json', '--as-of', '2019-03-01']);
    const raw = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(raw).sort()).toEqual(Object.keys(reportSchema.parse(raw)).sort());
    expect(r.stdout.trim().startsWith('{')).toBe(true);
  });

  test('the fixtures, given their settings, match their expected actions', async () => {
    for (const name of ['oldham', 'kirklees', 'redbridge']) {
      const file = fixturePath(`${name}.xlsx`);
      const expPath = fixturePath(`${name}.expected.json`);
      if (!file || !expPath) continue;
      const exp = JSON.parse(fs.readFileSync(expPath, 'utf8')) as {
        asOf: string;
        planPeriod: { label: string };
        scheme: string;
        toleranceDays?: number;
        actions: { row: number; ref: string | null; status: string }[];
      };
      const r = await runCli(['validate', file, '--json', '--as-of', exp.asOf, '--plan-period', exp.planPeriod.label, '--scheme', exp.scheme, '--tolerance-days', String(exp.toleranceDays ?? 30)]);
      expect([0, 1]).toContain(r.code);
      const doc = parseReport(r.stdout);
      const got = new Map(doc.actions.map((a) => [a.row, a]));
      for (const e of exp.actions) {
        expect({ row: e.row, ref: got.get(e.row)?.ref ?? null, status: got.get(e.row)?.status }).toEqual({ row: e.row, ref: e.ref, status: e.status });
      }
    }
  });
});

function expectNoStderr(r: { stderr: string }): boolean {
  expect(r.stderr).toBe('');
  return true;
}

describe('folders', () => {
  let folder: string;
  beforeAll(async () => {
    folder = path.join(dir, 'plans');
    fs.mkdirSync(folder);
    await writePlanWorkbook(path.join(folder, 'a-good.xlsx'), GOOD_ROWS);
    fs.writeFileSync(path.join(folder, 'b-broken.xlsx'), 'this is not a workbook');
    fs.writeFileSync(
      path.join(folder, 'c-plan.csv'),
      'Business Plan 2018-19\r\n\r\nRef,Action,Lead,Date for completion,Progress,RAG\r\n1.1,Establish a group,Lisa Morris,April 2018,Complete,Grey\r\n',
    );
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'not a plan');
    fs.writeFileSync(path.join(folder, 'minutes.docx'), 'not a plan');
    fs.copyFileSync(path.join(folder, 'a-good.xlsx'), path.join(folder, '~$a-good.xlsx'));
    await writePlanWorkbook(path.join(folder, 'a10-later.xlsx'), GOOD_ROWS);
    await writePlanWorkbook(path.join(folder, 'a2-sooner.xlsx'), GOOD_ROWS);
  });

  test('every spreadsheet, sorted by name; an unreadable one is a document with "error"; exit 1', async () => {
    const r = await runCli(['validate', folder, '--json', '--as-of', '2019-03-01']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const docs = parseReports(r.stdout);
    expect(docs.map((d) => d.file)).toEqual(['a-good.xlsx', 'a2-sooner.xlsx', 'a10-later.xlsx', 'b-broken.xlsx', 'c-plan.csv']);
    const broken = docs.find((d) => d.file === 'b-broken.xlsx')!;
    expect(broken.error).toMatch(/not an Excel workbook/);
    expect(broken.actions).toEqual([]);
    expect(broken.issues).toEqual([]);
    expect(broken.asOf).toBe('2019-03-01');
    const csv = docs.find((d) => d.file === 'c-plan.csv')!;
    expect(csv.error).toBeUndefined();
    expect(csv.actions.map((a) => [a.row, a.ref, a.status])).toEqual([[4, '1.1', 'complete']]);
    for (const d of docs.filter((x) => !x.error)) expect(d.summary.errors).toBe(0);
  });

  test('the readable summary covers every file and ends with totals', async () => {
    const r = await runCli(['validate', folder, '--as-of', '2019-03-01']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/b-broken\.xlsx: could not be read: /);
    expect(r.stdout).toMatch(/5 files: 4 checked, 1 could not be read/);
  });

  test('nothing readable: exit 2 with one line', async () => {
    const only = path.join(dir, 'only-bad');
    fs.mkdirSync(only);
    fs.writeFileSync(path.join(only, 'x.xlsx'), 'junk');
    fs.writeFileSync(path.join(only, 'y.xlsx'), '');
    const r = await runCli(['validate', only, '--json']);
    expect(r.code).toBe(2);
    expect(expectOneCleanLine(r)).toMatch(/none of the 2 spreadsheets could be read/);
    const docs = parseReports(r.stdout);
    expect(docs.every((d) => !!d.error)).toBe(true);
  });

  test('a folder with no spreadsheets: exit 2', async () => {
    const none = path.join(dir, 'no-plans');
    fs.mkdirSync(none);
    fs.writeFileSync(path.join(none, 'readme.txt'), 'hello');
    const r = await runCli(['validate', none]);
    expect(r.code).toBe(2);
    expect(expectOneCleanLine(r)).toMatch(/no \.xlsx, \.xlsm or \.csv files/);
  });
});

describe('the readable summary', () => {
  let hostile: string;
  beforeAll(async () => {
    hostile = await writePlanWorkbook(path.join(dir, 'hostile.xlsx'), [
      // Excel stores control characters as _xHHHH_ escapes (XML cannot hold them): ESC is _x001B_
      ['1.1_x001B_[2J', 'Wipe _x001B_]0;owned_x0007_the screen\u009b31m', 'Sam\u202e Jones', 'TBC_x001B_[31m', 'Progress\r\nwith_x0000_control', 'Green'],
      ['1.2', 'Review the threshold document', 'Sam Jones', 'March 2019', 'On track', 'Green'],
    ]);
  });

  test('file, period, reporting date, scheme, counts and issues by severity', async () => {
    const r = await runCli(['validate', bad, '--as-of', '2019-03-01']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bad.xlsx');
    expect(r.stdout).toMatch(/Plan period\s+2018-19 \(2018-04-01 to 2019-03-31\)/);
    expect(r.stdout).toMatch(/Reporting date\s+2019-03-01/);
    expect(r.stdout).toMatch(/RAG scheme\s+five/);
    expect(r.stdout).toMatch(/By status\s+.*complete 1/);
    expect(r.stdout).toMatch(/By RAG\s+.*Grey 1/);
    expect(r.stdout).toMatch(/Errors \(\d+\)[\s\S]*C4\s+1\.1\s+missing-owner: /);
    expect(r.stdout).not.toContain('\u001b');
  });

  test('colours only on a terminal without NO_COLOR', async () => {
    const tty = await runCli(['validate', good, '--as-of', '2019-03-01'], { isTTY: true });
    expect(tty.stdout).toContain('\u001b[48;2;166;166;166m'); // Grey #A6A6A6
    const noColour = await runCli(['validate', good, '--as-of', '2019-03-01'], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(noColour.stdout).not.toContain('\u001b');
    const piped = await runCli(['validate', good, '--as-of', '2019-03-01'], { isTTY: false });
    expect(piped.stdout).not.toContain('\u001b');
  });

  test('cell text never reaches the terminal with control characters', async () => {
    const r = await runCli(['validate', hostile, '--as-of', '2019-03-01'], { isTTY: true });
    // the only escapes are our own colour codes (ESC [ … m)
    // eslint-disable-next-line no-control-regex
    const stripped = r.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    // eslint-disable-next-line no-control-regex
    expect(stripped).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(stripped).toContain('TBC');
  });

  test('the JSON escapes them too', async () => {
    const r = await runCli(['validate', hostile, '--as-of', '2019-03-01', '--json']);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    const doc = parseReport(r.stdout);
    expect(doc.actions[0]?.due.text).toContain('TBC\u001b[31m');
  });
});
