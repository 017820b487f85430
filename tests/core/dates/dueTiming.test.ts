/**
 * Prints how long 50 000 due readings take, as a plan check would make them (real plans
 * repeat the same texts). A figure to watch, not an assertion: machines differ.
 */
import { clearDueTextCache, readDueText } from '../../../core/dates/dueText';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function variedTexts(): string[] {
  const texts: string[] = [];
  for (let year = 2014; year <= 2021; year++) {
    MONTHS.forEach((m, i) => {
      texts.push(`${m} ${year}`, `${m.slice(0, 3)}-${year % 100}`, `End of ${m} ${year}`, `${28 - (i % 3)}/${i + 1}/${year}`);
    });
    texts.push(`Q${(year % 4) + 1} ${year}/${(year + 1) % 100}`, `April ${year} - March ${year + 1}`, `From April ${year}`, `Report to LSCB in July ${year}`);
  }
  texts.push('Ongoing', 'On going', 'TBC', 'asap', 'Moved to New Strategic Plan', 'July 2018\nMarch 2019\nAugust 2018', '');
  return texts;
}

test('50 000 due readings (timing printed, not asserted)', () => {
  const pool = variedTexts();
  clearDueTextCache();
  const started = performance.now();
  let ongoing = 0;
  for (let i = 0; i < 50_000; i++) {
    if (readDueText(pool[(i * 7919) % pool.length] as string).kind === 'ongoing') ongoing++;
  }
  const total = performance.now() - started;

  clearDueTextCache();
  const coldStart = performance.now();
  for (const t of pool) readDueText(t);
  const cold = performance.now() - coldStart;

  console.log(
    `readDueText: 50 000 calls over ${pool.length} distinct texts in ${total.toFixed(1)} ms; ` +
      `first reading of each distinct text ${((cold / pool.length) * 1000).toFixed(0)} µs on average`,
  );
  expect(ongoing).toBeGreaterThan(0);
});
