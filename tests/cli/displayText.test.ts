/** Display text by number format, and fill colours, as the readers produce them. */
import { dateToSerial, formatDateSerial, formatGeneral, formatNumber, isDateFormat, serialToDate } from '../../cli/displayText';
import { applyTint, colourToHex, fillToHex, themePalette } from '../../cli/colours';
import { safeText } from '../../cli/summaryText';

const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86400000 + 25569;

describe('dates', () => {
  test('serials from UTC dates and back', () => {
    expect(dateToSerial(new Date(Date.UTC(2019, 2, 31)))).toBe(43555);
    // before March 1900 Excel counts a 29 February 1900 that never was; ExcelJS and we both ignore it
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(serialToDate(43555).toISOString()).toBe('2019-03-31T00:00:00.000Z');
  });

  test.each([
    ['mmmm yyyy', 'March 2020'],
    ['mmm-yy', 'Mar-20'],
    ['mmm yyyy', 'Mar 2020'],
    ['dd/mm/yyyy', '01/03/2020'],
    ['d/m/yy', '1/3/20'],
    ['dddd d mmmm yyyy', 'Sunday 1 March 2020'],
    ['[$-809]dd mmmm yyyy;@', '01 March 2020'],
    ['yyyy-mm-dd', '2020-03-01'],
    ['mm-dd-yy', '01/03/2020'],
    ['m/d/yyyy', '01/03/2020'],
    ['d" of "mmmm', '1 of March'],
    ['mmmmm', 'M'],
  ])('%s', (fmt, want) => {
    expect(formatDateSerial(serial(2020, 3, 1), fmt)).toBe(want);
  });

  test('times: m after h is minutes', () => {
    expect(formatDateSerial(serial(2019, 3, 31) + 0.5 + 5 / 1440, 'dd/mm/yyyy hh:mm')).toBe('31/03/2019 12:05');
    expect(formatDateSerial(serial(2019, 3, 31) + 0.75, 'h:mm AM/PM')).toBe('6:00 PM');
  });

  test('isDateFormat', () => {
    expect(isDateFormat('mmmm yyyy')).toBe(true);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('0.00')).toBe(false);
    expect(isDateFormat('"Day" 0')).toBe(false);
    expect(isDateFormat('[Red]0.00')).toBe(false);
  });
});

describe('numbers', () => {
  test('General has no float noise', () => {
    expect(formatGeneral(0.1 + 0.2)).toBe('0.3');
    expect(formatGeneral(42)).toBe('42');
    expect(formatGeneral(1.1)).toBe('1.1');
    expect(formatGeneral(-3.25)).toBe('-3.25');
  });
  test('simple formats', () => {
    expect(formatNumber(0.256, '0%')).toBe('26%');
    expect(formatNumber(0.256, '0.0%')).toBe('25.6%');
    expect(formatNumber(1234567.891, '#,##0.00')).toBe('1,234,567.89');
    expect(formatNumber(3, '0.00')).toBe('3.00');
    expect(formatNumber(3.5, '@')).toBe('3.5');
    expect(formatNumber(3.5, '£#,##0.00')).toBe('3.5');
  });
});

describe('colours', () => {
  test('ARGB, 6-digit RGB, indexed, theme with tint', () => {
    expect(colourToHex({ argb: 'FF00B050' })).toBe('#00B050');
    expect(colourToHex({ argb: 'ffc000' })).toBe('#FFC000');
    expect(colourToHex({ indexed: 10 })).toBe('#FF0000');
    expect(colourToHex({ indexed: 64 })).toBeNull();
    expect(colourToHex({ theme: 0, tint: -0.1499984740745262 })).toBe('#D9D9D9');
    expect(colourToHex({ theme: 0, tint: -0.349986266670736 })).toBe('#A6A6A6');
    expect(colourToHex({ theme: 1, tint: 0.499984740745262 })).toBe('#7F7F7F');
    expect(colourToHex(undefined)).toBeNull();
  });
  test('tint keeps hue', () => {
    expect(applyTint('FF0000', 0.5)).toBe('FF8080');
    expect(applyTint('FF0000', -0.5)).toBe('800000');
  });
  test("a workbook's own theme", () => {
    const xml =
      '<a:theme><a:themeElements><a:clrScheme name="Custom"><a:dk1><a:sysClr val="windowText" lastClr="111111"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FEFEFE"/></a:lt1>' +
      '<a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1></a:clrScheme></a:themeElements></a:theme>';
    const p = themePalette(xml);
    expect(p.slice(0, 5)).toEqual(['FEFEFE', '111111', 'EEECE1', '1F497D', '4F81BD']);
    expect(colourToHex({ theme: 4 }, p)).toBe('#4F81BD');
    expect(themePalette(undefined)[4]).toBe('4472C4');
  });
  test('only solid fills have a colour', () => {
    expect(fillToHex({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF0070C0' } })).toBe('#0070C0');
    expect(fillToHex({ type: 'pattern', pattern: 'none' })).toBeNull();
    expect(fillToHex({ type: 'gradient' })).toBeNull();
    expect(fillToHex(undefined)).toBeNull();
  });
});

describe('safeText', () => {
  test('control characters, bidi overrides and line breaks become spaces', () => {
    expect(safeText('a\u001b[2Jb\u009b31mc\u202ed\r\ne\u0000f')).toBe('a [2Jb 31mc d e f');
    expect(safeText(null)).toBe('');
    expect(safeText('x'.repeat(10), 5)).toBe('xxxx…');
  });
});
