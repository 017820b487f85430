import { isDate, makeDateConverter, serialOf } from '../../sheets-addon/host/dates';
import { SHEETS_AUTOMATIC, excelToSheetsFormat, sheetsFill, sheetsToExcelFormat } from '../../sheets-addon/host/formats';
import { parseRangeA1 } from '../../sheets-addon/host/readGrid';
import { formatDateJava, serialToInstant } from '../../testing/sheets';

describe('number formats', () => {
  it.each([
    [SHEETS_AUTOMATIC, 'General'],
    ['', 'General'],
    ['General', 'General'],
    ['@', '@'],
    ['M/d/yyyy', 'm/d/yyyy'],
    ['dd/MM/yyyy', 'dd/mm/yyyy'],
    ['MMMM yyyy', 'mmmm yyyy'],
    ['mmm-yy', 'mmm-yy'],
    ['MMM-YY', 'mmm-yy'],
    ['yyyy-MM-dd HH:mm:ss', 'yyyy-mm-dd hh:mm:ss'],
    ['h:mm AM/PM', 'h:mm AM/PM'],
    ['"Due "MMMM', '"Due "mmmm'],
    ['[$-809]dd MMMM yyyy', '[$-809]dd mmmm yyyy'],
    ['#,##0.00', '#,##0.00'],
    ['0%', '0%'],
  ])('Sheets %j reads as Excel %j', (sheets, excel) => {
    expect(sheetsToExcelFormat(sheets)).toBe(excel);
  });

  it("writes Excel General as 'General' (never Automatic's reported pattern, a custom one when written), and other formats as they are", () => {
    expect(excelToSheetsFormat('General')).toBe('General');
    expect(excelToSheetsFormat(undefined)).toBe('General');
    expect(excelToSheetsFormat(SHEETS_AUTOMATIC)).toBe('General');
    expect(excelToSheetsFormat('0%')).toBe('0%');
    expect(excelToSheetsFormat('yyyy-mm-dd')).toBe('yyyy-mm-dd');
  });
});

describe('backgrounds', () => {
  it('white is no fill; colours become #RRGGBB', () => {
    expect(sheetsFill('#ffffff')).toBeNull();
    expect(sheetsFill('#FFFFFF')).toBeNull();
    expect(sheetsFill(null)).toBeNull();
    expect(sheetsFill('#00b050')).toBe('#00B050');
    expect(sheetsFill('#f00')).toBe('#FF0000');
  });
});

describe('merged range addresses', () => {
  it('reads A1 ranges', () => {
    expect(parseRangeA1('B3:D5')).toEqual({ row: 3, column: 2, rowCount: 3, columnCount: 3 });
    expect(parseRangeA1('AA10')).toEqual({ row: 10, column: 27, rowCount: 1, columnCount: 1 });
    expect(parseRangeA1('nonsense')).toBeNull();
  });
});

describe('dates in the spreadsheet time zone', () => {
  const cases: [string, number][] = [
    ['Europe/London', serialOf(2018, 4, 1)],
    ['Europe/London', serialOf(2019, 3, 31)],
    ['Europe/London', serialOf(2018, 10, 28)], // the day summer time ends
    ['America/Los_Angeles', serialOf(2019, 3, 10)], // US summer time starts
    ['Pacific/Auckland', serialOf(2019, 4, 7)], // NZ summer time ends
    ['Asia/Kolkata', serialOf(2020, 2, 29)],
    ['Europe/London', serialOf(2019, 6, 1, 13, 45, 10)],
    ['UTC', 0.5], // a time of day only
  ];

  it.each(cases)('a %s date cell reads back as its own calendar day (serial %d)', (tz, serial) => {
    const instant = new Date(serialToInstant(serial, tz));
    expect(isDate(instant)).toBe(true);
    const viaIntl = makeDateConverter(tz);
    expect(viaIntl.method).toBe('intl');
    expect(viaIntl(instant)).toBe(serial);
    const viaUtilities = makeDateConverter('', undefined);
    expect(viaUtilities.method).toBe('local');
    const probed = makeDateConverter(tz, (d, z, f) => formatDateJava(d, z, f));
    expect(probed(instant)).toBe(serial);
  });

  it('uses Utilities.formatDate when Intl cannot handle the zone, and when Intl disagrees with it', () => {
    const serial = serialOf(2018, 4, 1);
    const instant = new Date(serialToInstant(serial, 'Europe/London'));
    const noIntl = makeDateConverter('Not/AZone', (d, _z, f) => formatDateJava(d, 'Europe/London', f));
    expect(noIntl.method).toBe('formatDate');
    expect(noIntl(instant)).toBe(serial);
    // a formatter that disagrees with Intl wins after the first probe (it is Google's own)
    const skewed = makeDateConverter('Europe/London', () => '2001-02-03 00:00:00');
    expect(skewed(instant)).toBe(serialOf(2001, 2, 3));
    expect(skewed.method).toBe('formatDate');
  });

  it('is independent of the machine time zone', () => {
    expect(process.env.TZ === undefined || typeof process.env.TZ === 'string').toBe(true);
    const serial = serialOf(2019, 3, 31);
    expect(makeDateConverter('Pacific/Kiritimati')(new Date(serialToInstant(serial, 'Pacific/Kiritimati')))).toBe(serial);
    expect(makeDateConverter('Pacific/Pago_Pago')(new Date(serialToInstant(serial, 'Pacific/Pago_Pago')))).toBe(serial);
  });

  it('knows a Date from another realm', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const vm = require('vm') as typeof import('vm');
    const foreign = vm.runInNewContext('new Date(0)') as unknown;
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
  });
});
