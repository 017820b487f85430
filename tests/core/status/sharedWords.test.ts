/** Words two readers share are read the same by both: carry-over words in a due cell and in an update. */
import { dueSignals } from '../../../core/dates/dueSignals';
import { carryOverWords } from '../../../core/status/progressText';

describe('carry-over words', () => {
  test.each(['carried forward', 'carry it over', 'Carrying over', 'rolled forward', 'roll over'])('"%s" carries over in a due cell and in an update', (words) => {
    expect(dueSignals(words).carryOver).toBe(true);
    expect(carryOverWords(`Agreed at the board: ${words}.`)?.toLowerCase()).toBe(words.toLowerCase());
  });
});
