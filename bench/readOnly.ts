// The yardstick for the command line: reading the same file with ExcelJS alone, nothing else.
import ExcelJS from 'exceljs';

async function main() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]!);
  let cells = 0;
  wb.eachSheet((ws) => ws.eachRow((row) => (cells += row.cellCount)));
  console.log(cells);
}
main();
