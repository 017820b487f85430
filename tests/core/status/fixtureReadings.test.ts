/**
 * A person's reading (mine, written down before the reader was built) of every progress cell of
 * the shared fixtures: what the latest update says — done, not-done, carried or no-update — and
 * the words that decide it. The reader must agree with every one (PRODUCT §5.1a).
 */
// a cell of only punctuation (".") is reported as typed and read as empty (PRODUCT §5.1, §7)
import { isEmptyProgress } from '../../../core/status/progressText';
import { checkWorkbook } from '../../../core/check/checkWorkbook';
import { expectation, fixtureNames, referenceGrid } from '../../sheets/helpers/fixtures';

type Says = 'done' | 'not-done' | 'carried' | 'no-update';
/** row → [reading, words the decisive phrase must contain (or null: none asserted)] */
type Table = Record<number, [Says, string | null]>;

const OLDHAM: Table = {
  15: ['done', 'Complete'], // "Complete  new safeguarding arrangements group"
  16: ['done', 'has been developed'], // "Options paper has been developed"
  17: ['done', 'Complete'],
  18: ['carried', 'Carry over'],
  19: ['carried', 'Carry over'],
  20: ['carried', 'Carry over'],
  21: ['carried', 'Carry over'],
  27: ['not-done', 'will go'], // "… added … The final version will go to the Executive Board … for sign off"
  28: ['done', 'Complete'],
  29: ['not-done', 'being added'], // first cohort trained, more sessions being added, impact to be monitored
  30: ['done', 're-circulated'], // policy re-circulated, presented; manager now keeps a spreadsheet
  31: ['not-done', 'being'], // reviews commissioned, two being finalised, action plan being developed
  32: ['not-done', 'agreed to include'], // a decision to do it later
  38: ['not-done', null], // a meeting held about it; profiles "would be updated", info "will be fed into a meeting being arranged"
  39: ['carried', 'Carry over'],
  40: ['carried', 'Carry over'],
  41: ['carried', 'Carry over'],
  42: ['done', 'signed off'], // "Peer on peer guidance has been signed off and the briefing session was attended …"
  43: ['carried', 'Carry over'],
  56: ['not-done', 'due to be written'], // reviewed, drafted, "new strategy is due to be written in 2019"
  57: ['carried', 'Carry over'],
  58: ['not-done', null], // finalised "and is with PR for graphics"; consultant "is working with CRC to develop"
  64: ['done', 'agreed and circulated'], // "MFE flowchart has been agreed and circulated to schools"
  65: ['done', 'developed and approved'], // "Flow chart has been developed and approved by Partnership and DCS."
  66: ['done', 'factored into'], // "This has been factored into the flowchart …"
  67: ['carried', 'Carry over'],
  73: ['done', 'has been established'], // subgroup established; its chair and first meeting are what comes after
  74: ['carried', 'Carry over'],
  75: ['carried', 'Carry over'],
  76: ['carried', 'Carry over'],
  89: ['done', 'Complete'],
  90: ['carried', 'Carry over'],
  91: ['carried', 'Carry over'],
  97: ['not-done', null], // documents "are being updated", terminology "will be amended", website "will be launched"
  98: ['not-done', null], // a present practice, and "will be reflected in the annual report": not a finished piece of work
  99: ['carried', 'Carry over'],
  100: ['not-done', 'will be launched'], // account agreed "and will be launched …"; "Further work will continue"
};

const KIRKLEES: Table = {
  12: ['carried', 'spans two business plans years'], // undertaken, but "the process spans two business plans years"
  16: ['not-done', null], // only a title: "The Safeguarding Effectiveness Framework"
  33: ['done', 'established'], // "Task and finish group established"
  35: ['not-done', null], // "Attendance … to ensure appropriate training is being accessed."
};

const TABLES: Record<string, Table> = { oldham: OLDHAM, kirklees: KIRKLEES, redbridge: {} };

const names = fixtureNames().filter((n) => n in TABLES);
if (names.length < Object.keys(TABLES).length) console.warn(`fixtureReadings.test: shared fixtures not all found: ${names.join(', ') || 'none'}`);
const describeFixtures = names.length ? describe.each(names) : describe.skip.each(Object.keys(TABLES));

describeFixtures('reading the progress of %s as a person does', (name) => {
  const table = TABLES[name]!;
  let actions: { row: number; progress: string; reading: { says: string; words: string | null; entry: string | null } }[] = [];

  beforeAll(async () => {
    const e = expectation(name)!;
    const result = checkWorkbook(await referenceGrid(name), { asOf: e.asOf, planPeriod: e.planPeriod.label, scheme: e.scheme as 'five' | 'three', toleranceDays: e.toleranceDays });
    actions = result.report.actions;
  });

  it('has a written-down reading for every progress cell, and only those', () => {
    const withProgress = actions.filter((a) => !isEmptyProgress(a.progress)).map((a) => a.row).sort((x, y) => x - y);
    expect(withProgress).toEqual(Object.keys(table).map(Number).sort((x, y) => x - y));
  });

  it('agrees with every written-down reading and its decisive words', () => {
    const disagreements = actions
      .filter((a) => !isEmptyProgress(a.progress))
      .flatMap((a) => {
        const [says, words] = table[a.row]!;
        const ok = a.reading.says === says && (words === null || (a.reading.words ?? '').toLowerCase().includes(words.toLowerCase()));
        return ok ? [] : [`row ${a.row}: expected ${says} (${words}), read ${a.reading.says} (${a.reading.words})`];
      });
    expect(disagreements).toEqual([]);
  });

  it('reads an empty progress cell as no-update', () => {
    for (const a of actions.filter((x) => isEmptyProgress(x.progress))) expect(a.reading).toEqual({ says: 'no-update', words: null, entry: null });
  });
});
