/** Dates as a board paper writes them ("1 March 2019"), from ISO "2019-03-01"; pure, no locale APIs. */
import { parseIso } from '../dates/isoDate';
import { monthName } from '../dates/months';

/**
 * "1 March 2019" for "2019-03-01"; a text that is not an ISO day is given back as it is.
 *
 * @example
 * longDate('2019-03-01') //=> '1 March 2019'
 * longDate('March 2019') //=> 'March 2019'
 */
export function longDate(iso: string): string {
  const p = parseIso(iso);
  if (!p) return iso;
  return `${p.day} ${monthName(p.month)} ${p.year}`;
}
