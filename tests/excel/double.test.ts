/**
 * The Excel double keeps the real API's proxy discipline, so the host tests mean something:
 * properties must be loaded and synced before they are read, writes apply at sync, errors
 * carry Office's codes, and payloads over 5 MB are refused.
 */
import { DoubleOfficeError, PAYLOAD_LIMIT, cellAt, newSheet, newWorkbook, installOfficeDouble, uninstallOfficeDouble } from '../../testing/excel';

afterEach(() => uninstallOfficeDouble());

function workbook() {
  const s = newSheet('Plan');
  cellAt(s, 0, 0).value = 'Ref';
  cellAt(s, 1, 0).value = 1.1;
  cellAt(s, 1, 1).value = 43466;
  cellAt(s, 1, 1).numberFormat = 'mmm-yy';
  cellAt(s, 3, 2).fill = '#FF0000';
  return newWorkbook([s, newSheet('Empty')]);
}

describe('the Excel double', () => {
  it('throws PropertyNotLoaded for a property read before load, and before sync', async () => {
    installOfficeDouble(workbook());
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Plan').getRange('A1:B2');
      expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([
        ['Ref', ''],
        [1.1, 43466],
      ]);
      expect(() => range.text).toThrow(/not available/); // loaded only what was asked
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/not available/);
    });
  });

  it('gives dates as serials, number formats in US form, and display text', async () => {
    installOfficeDouble(workbook());
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Plan').getRange('B2');
      range.load('values,text,numberFormat');
      await context.sync();
      expect(range.values).toEqual([[43466]]);
      expect(range.numberFormat).toEqual([['mmm-yy']]);
      expect(range.text).toEqual([['Jan-19']]);
    });
  });

  it('applies queued writes only at sync, in order', async () => {
    const d = installOfficeDouble(workbook());
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Plan');
      ws.getRange('C1').values = [['first']];
      ws.getRange('C1').values = [['second']];
      expect(d.model().sheets[0]!.cells.get('0:2')).toBeUndefined();
      await context.sync();
      expect(d.model().sheets[0]!.cells.get('0:2')!.value).toBe('second');
    });
  });

  it('reports used ranges and null objects like Excel', async () => {
    installOfficeDouble(workbook());
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Plan').getUsedRangeOrNullObject();
      used.load('address,rowCount,columnCount');
      const none = context.workbook.worksheets.getItem('Empty').getUsedRangeOrNullObject();
      none.load('address');
      expect(() => used.isNullObject).toThrow(/not available/);
      await context.sync();
      expect(used.isNullObject).toBe(false);
      expect(used.address).toBe('Plan!A1:C4'); // the fill at C4 counts as used
      expect(none.isNullObject).toBe(true);
    });
  });

  it('fails a sync with Office error codes: missing sheet, protected sheet, formula-like text', async () => {
    const model = workbook();
    model.sheets[0]!.protected = true;
    installOfficeDouble(model);
    const codeOf = async (f: (context: Excel.RequestContext) => void): Promise<string | undefined> =>
      Excel.run(async (context) => {
        f(context);
        try {
          await context.sync();
          return undefined;
        } catch (e) {
          expect(e).toBeInstanceOf(DoubleOfficeError);
          return (e as DoubleOfficeError).code;
        }
      });
    expect(await codeOf((c) => c.workbook.worksheets.getItem('Nope').getRange('A1').load('values'))).toBe('ItemNotFound');
    expect(await codeOf((c) => void (c.workbook.worksheets.getItem('Plan').getRange('A1').values = [['x']]))).toBe('AccessDenied');
    expect(await codeOf((c) => void (c.workbook.worksheets.getItem('Empty').getRange('A1').values = [['=1+1']]))).toBe('InvalidArgument');
    expect(await codeOf((c) => void (c.workbook.worksheets.getItem('Empty').getRange('A1:B1').values = [['x']]))).toBe('InvalidArgument');
  });

  it('keeps text as text in "@" cells and after an apostrophe, and retypes it otherwise, as Excel does', async () => {
    const d = installOfficeDouble(workbook());
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Empty');
      const r = ws.getRange('A1:C1');
      r.numberFormat = [['@', '@', 'General']];
      r.values = [['=HYPERLINK("x")', '1.10', '1.10']];
      ws.getRange('D1').values = [["'=cmd"]];
      await context.sync();
    });
    const cells = d.model().sheets[1]!.cells;
    expect(cells.get('0:0')!.value).toBe('=HYPERLINK("x")');
    expect(cells.get('0:1')!.value).toBe('1.10');
    expect(cells.get('0:2')!.value).toBe(1.1);
    expect(cells.get('0:3')).toMatchObject({ value: '=cmd', quotePrefix: true });
  });

  it('refuses a request over 5 MB', async () => {
    const d = installOfficeDouble(workbook());
    const big = 'x'.repeat(1000);
    const rows = Array.from({ length: 6000 }, () => [big]);
    await expect(
      Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem('Empty').getRange('A1:A6000');
        r.numberFormat = rows.map(() => ['@']);
        r.values = rows;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(d.stats.syncs[0]!.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(d.model().sheets[1]!.cells.size).toBe(0); // nothing applied
  });

  it('returns merged areas by their top-left cell, whole, and fails over 512', async () => {
    const model = workbook();
    model.sheets[0]!.merges.push({ row: 4, column: 0, rowCount: 3, columnCount: 2 });
    installOfficeDouble(model);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Plan');
      const top = ws.getRange('A5:C5').getMergedAreasOrNullObject();
      top.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount');
      const below = ws.getRange('A6:C7').getMergedAreasOrNullObject();
      below.load('areaCount');
      await context.sync();
      expect(top.isNullObject).toBe(false);
      expect(top.areas.items.map((a) => [a.rowIndex, a.columnIndex, a.rowCount, a.columnCount])).toEqual([[4, 0, 3, 2]]);
      expect(below.isNullObject).toBe(true);
      below.areas.load('items/rowIndex'); // navigating a null object is refused
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidObjectPath' });
    });
    model.sheets[0]!.merges = Array.from({ length: 513 }, (_, i) => ({ row: i * 2, column: 5, rowCount: 2, columnCount: 1 }));
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Plan').getRange('A1:G2000').getMergedAreasOrNullObject().load('areaCount');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
  });

  it('selects only on the active sheet', async () => {
    const d = installOfficeDouble(workbook());
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Empty').getRange('B2').select();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidSelection' });
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Empty');
      ws.activate();
      ws.getRange('B2').select();
      await context.sync();
    });
    expect(d.model().selection).toEqual({ sheet: 'Empty', address: 'B2' });
  });
});
