import { computeStatus, StatusInput } from '../../../core/status/computeStatus';
import { carryOverWords, isEmptyProgress, pointsUp, progressEntries, saysComplete } from '../../../core/status/progressText';

const base: StatusInput = {
  dueEnd: '2019-01-31',
  ongoing: false,
  dueSaysCarryOver: false,
  dueText: 'January 2019',
  latestProgress: '',
  wholeProgress: '',
  asOf: '2019-03-01',
  period: { start: '2018-04-01', end: '2019-03-31' },
  toleranceDays: 30,
};
const status = (over: Partial<StatusInput>) => computeStatus({ ...base, ...over }).status;

describe('§5 status rules, in order', () => {
  test.each<[string, Partial<StatusInput>, string]>([
    ['1. complete: the latest progress says done', { latestProgress: 'Complete – report agreed', wholeProgress: 'Complete – report agreed' }, 'complete'],
    ['1. complete beats a late date', { dueEnd: '2018-05-31', latestProgress: 'This action is now complete' }, 'complete'],
    ['1. complete beats carry-over words elsewhere in the log', { latestProgress: 'Completed', wholeProgress: 'Update Dec 15: carry over. Update Mar 16: Completed' }, 'complete'],
    ['2. carried-over: the progress says so', { latestProgress: 'Carry over to 2019-20', wholeProgress: 'Carry over to 2019-20' }, 'carried-over'],
    ['2. carried-over: "spans two business plans years"', { wholeProgress: 'The process spans two business plans years' }, 'carried-over'],
    ['2. carried-over: the due cell names the next plan', { dueEnd: null, dueSaysCarryOver: true, dueText: 'Moved to New Strategic Plan' }, 'carried-over'],
    ['2. carried-over: due after the period end', { dueEnd: '2019-06-30' }, 'carried-over'],
    ['2. carried-over: reporting date after the period end', { asOf: '2019-04-15', dueEnd: '2019-03-31' }, 'carried-over'],
    ['3. on-track: due on or after the reporting date', { dueEnd: '2019-03-01' }, 'on-track'],
    ['3. at-risk: late by at most the tolerance', { dueEnd: '2019-01-31' }, 'at-risk'],
    ['3. at-risk: exactly the tolerance', { dueEnd: '2019-01-30' }, 'at-risk'],
    ['3. off-track: later than the tolerance', { dueEnd: '2019-01-29' }, 'off-track'],
    ['3. tolerance is a setting', { dueEnd: '2019-01-31', toleranceDays: 10 }, 'off-track'],
    ['3. ongoing is on-track', { dueEnd: null, ongoing: true }, 'on-track'],
    ['4. not-assessed: no due date and nothing above', { dueEnd: null }, 'not-assessed'],
  ])('%s', (_, over, want) => expect(status(over)).toBe(want));

  test('late actions carry their days late', () => {
    expect(computeStatus({ ...base, dueEnd: '2018-12-31' }).daysLate).toBe(60);
  });
});

describe('completion words', () => {
  test.each([
    ['Complete', true],
    ['Completed', true],
    ['Item considered complete', true],
    ['This action is now complete', true],
    ['All audits completed and reported to the Board', true],
    ['Complete  new safeguarding arrangements group', true],
    ['to be completed by December', false],
    ['will be completed in the new year', false],
    ['not yet complete', false],
    ['awaiting completion', false],
    ['incomplete', false],
    ['Activity mapping will be completed by end of March', false],
    ['Options paper has been developed', false],
  ])('%s → %s', (text, done) => expect(saysComplete(text)).toBe(done));
});

describe('progress cells', () => {
  test('a dated log splits into entries', () => {
    const e = progressEntries('Update Dec 15: work started. Update March 16: Complete');
    expect(e.map((x) => x.dateText)).toEqual(['Dec 15', 'March 16']);
    expect(e[1]!.text).toBe('Complete');
  });
  test.each(['As above', 'See above', 'Ditto', 'as above.'])('"%s" points up', (t) => expect(pointsUp(t)).toBe(true));
  test.each(['.', '-', ' ', '…'])('"%s" is empty', (t) => expect(isEmptyProgress(t)).toBe(true));
  test.each(['Carry over', 'carried over to 2019-20', 'carried forward', 'rolled over', 'Moved to new Strategic Plan', 'moved into the Strategic Plan'])(
    '"%s" says carry over',
    (t) => expect(carryOverWords(t)).not.toBeNull(),
  );
  test('ordinary progress is not carry over', () => expect(carryOverWords('Training delivered to the first cohort')).toBeNull());
});
