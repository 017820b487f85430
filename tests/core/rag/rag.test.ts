import { keyPairsIn, schemeFromKey, statusesOfMeaning } from '../../../core/rag/ragKey';
import { labelForFill, labelForText } from '../../../core/rag/ragLabels';
import { FIVE, THREE } from '../../../core/rag/builtInSchemes';
import { ragSchemeSchema } from '../../../core/rag/schemeSchema';
import { describeZodError } from '../../../core/settings/parseSettings';
import { checkWorkbook } from '../../../core/check/checkWorkbook';
import { planGrid } from '../../helpers/planGrid';

describe('RAG key read by meaning', () => {
  test.each([
    ['if on or better than target', 'on-track'],
    ['if worse than target, but within an acceptable tolerance level', 'at-risk'],
    ['if worse than target, and below an acceptable tolerance level', 'off-track'],
    ['If complete', 'complete'],
    ['carry over to 2019-20', 'carried-over'],
    ['Off Target', 'off-track'],
    ['On Target', 'on-track'],
    ['Complete', 'complete'],
  ])('"%s" means %s', (meaning, status) => expect(statusesOfMeaning(meaning)).toEqual([status]));

  test('a one-line three-colour key is the built-in three scheme', () => {
    const pairs = keyPairsIn('Red: Off Target; Amber: On Target; Green: Complete');
    expect(pairs.map((p) => p.label)).toEqual(['Red', 'Amber', 'Green']);
    expect(schemeFromKey(pairs)?.name).toBe('three');
  });

  test('the five-line key is the built-in five scheme', () => {
    const lines = [
      'Green: if on or better than target',
      'Amber: if worse than target, but within an acceptable tolerance level',
      'Red: if worse than target, and below an acceptable tolerance level',
      'Grey: If complete',
      'Blue: carry over to 2019-20',
    ];
    expect(schemeFromKey(lines.flatMap((l) => keyPairsIn(l)))?.name).toBe('five');
  });

  test('a key after a heading on the same line', () => {
    expect(keyPairsIn('RAG key: Red = off target, Amber = on target; Green = complete').map((p) => p.label)).toEqual(['Red', 'Amber', 'Green']);
  });

  test('prose that mentions a colour is not a key', () => {
    expect(keyPairsIn('The green paper was discussed: agreed to complete by May')).toEqual([]);
  });

  test('a workbook with the three-colour key is rated with it', () => {
    const grid = planGrid([
      ['Plan 2016-17'],
      ['Red: Off Target; Amber: On Target; Green: Complete'],
      ['Ref', 'Action', 'Lead', 'Timescale', 'Progress', 'RAG'],
      ['1', 'Do one thing', 'Ann', 'March 2017', 'Going well', 'Amber'],
      ['2', 'Do another', 'Bob', 'June 2016', 'Slipped', 'Red'],
    ]);
    const { report } = checkWorkbook(grid, { asOf: '2016-10-01' });
    expect(report.scheme).toMatchObject({ name: 'three', source: 'workbook-key' });
    expect(report.actions.map((a) => a.rag.computed)).toEqual(['Amber', 'Red']);
    expect(report.issues.filter((i) => i.code === 'rag-mismatch')).toEqual([]);
  });
});

describe('given RAG', () => {
  test.each([
    ['Green', 'Green'],
    ['G', 'Green'],
    ['amber', 'Amber'],
    ['Complete', 'Grey'],
    ['Grey - complete', 'Grey'],
  ])('text %s is %s', (text, label) => expect(labelForText(text, FIVE)).toEqual({ kind: 'label', label }));
  test('unknown text is invalid', () => expect(labelForText('Purplish', FIVE).kind).toBe('invalid'));
  test.each([
    ['#00B050', 'Green'],
    ['#92D050', 'Green'],
    ['#FFC000', 'Amber'],
    ['#FFFF00', 'Amber'],
    ['#FF0000', 'Red'],
    ['#C00000', 'Red'],
    ['#A6A6A6', 'Grey'],
    ['#BFBFBF', 'Grey'],
    ['#0070C0', 'Blue'],
    ['#00B0F0', 'Blue'],
  ])('fill %s is nearest %s', (fill, label) => expect(labelForFill(fill, FIVE)).toBe(label));
  test.each([null, '#FFFFFF'])('no fill (%s) gives none', (fill) => expect(labelForFill(fill, FIVE)).toBeNull());
  test('three-colour scheme fills', () => expect(labelForFill('#FFC000', THREE)).toBe('Amber'));
});

describe('custom schemes are validated with one clear message per mistake', () => {
  const good = {
    name: 'board-2019',
    labels: [
      { label: 'Green', colour: '#00B050', statuses: ['on-track', 'carried-over'] },
      { label: 'Red', colour: '#FF0000', statuses: ['off-track', 'at-risk'] },
      { label: 'Done', colour: '#A6A6A6', statuses: ['complete'] },
    ],
  };
  test('a good scheme passes', () => expect(ragSchemeSchema.safeParse(good).success).toBe(true));
  test.each<[string, unknown, RegExp]>([
    ['a status with no label', { ...good, labels: good.labels.slice(0, 2) }, /no label stands for status "complete"/],
    ['a bad colour', { ...good, labels: [{ ...good.labels[0], colour: 'green' }, ...good.labels.slice(1)] }, /#RRGGBB/],
    ['a status given twice', { ...good, labels: [...good.labels, { label: 'Blue', colour: '#0070C0', statuses: ['complete'] }] }, /already given to label "Done"/],
    ['an unknown status', { ...good, labels: [{ ...good.labels[0], statuses: ['late'] }, ...good.labels.slice(1)] }, /statuses/],
    ['no name', { labels: good.labels }, /name/],
  ])('%s', (_, scheme, message) => {
    const r = ragSchemeSchema.safeParse(scheme);
    expect(r.success).toBe(false);
    if (!r.success) expect(describeZodError(r.error)).toMatch(message);
  });
});
