import fc from 'fast-check';
import { MAX_EXCEL_SERIAL, isoToSerial, serialToIso } from '../../../core/dates/excelSerial';

describe('Excel 1900-system serials', () => {
  test.each([
    [1, '1900-01-01'],
    [2, '1900-01-02'],
    [59, '1900-02-28'],
    [61, '1900-03-01'], // after Excel's fake 29 February 1900
    [25569, '1970-01-01'],
    [32874, '1990-01-01'],
    [43555, '2019-03-31'],
    [43555.999, '2019-03-31'], // the time of day is ignored
    [43525.5, '2019-03-01'],
    [43890, '2020-02-29'],
    [73415, '2100-12-31'],
    [MAX_EXCEL_SERIAL, '9999-12-31'],
  ])('serial %p is %s', (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(Math.floor(serial));
  });

  test.each([
    [60, "Excel's 29 February 1900, which never existed"],
    [0, 'Excel shows 0 January 1900'],
    [0.5, 'a time with no day'],
    [-1, 'negative'],
    [MAX_EXCEL_SERIAL + 1, 'after 9999'],
    [Number.NaN, 'not a number'],
    [Number.POSITIVE_INFINITY, 'infinite'],
  ])('serial %p is no day (%s)', (serial) => expect(serialToIso(serial)).toBeNull());

  test.each(['1899-12-31', '10000-01-01', '2019-02-29', 'March 2019', ''])('isoToSerial(%j) is null', (iso) =>
    expect(isoToSerial(iso)).toBeNull(),
  );

  test('every serial but 60 round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_EXCEL_SERIAL }).filter((n) => n !== 60), (serial) => {
        const iso = serialToIso(serial);
        expect(iso).not.toBeNull();
        expect(isoToSerial(iso as string)).toBe(serial);
      }),
      { numRuns: 2000 },
    );
  });

  test('consecutive serials (past the fake leap day) are consecutive days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: MAX_EXCEL_SERIAL - 1 }), (serial) => {
        const a = serialToIso(serial) as string;
        const b = serialToIso(serial + 1) as string;
        expect(new Date(`${b}T00:00:00Z`).getTime() - new Date(`${a}T00:00:00Z`).getTime()).toBe(86_400_000);
      }),
      { numRuns: 1000 },
    );
  });
});
