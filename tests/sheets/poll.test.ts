/**
 * The sidebar's progress polling: one getProgress in flight at a time, ~3 s apart, however
 * slow the server answers (google.script.run calls are Apps Script executions).
 */
import * as fs from 'fs';
import * as path from 'path';
import { POLL_MS, pollProgress } from '../../sheets-addon/sidebar/poll';

jest.useFakeTimers();

const timers = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number, clearTimeout: (id: number) => clearTimeout(id) };

it('asks again only after the last answer, about 3 s later', async () => {
  let inFlight = 0;
  let most = 0;
  let asked = 0;
  const shown: string[] = [];
  const ask = () => {
    asked++;
    inFlight++;
    most = Math.max(most, inFlight);
    // the server takes 10 s to answer
    return new Promise<string>((resolve) => setTimeout(() => {
      inFlight--;
      resolve(`step ${asked}`);
    }, 10_000));
  };
  const stop = pollProgress(ask, (t) => shown.push(t), timers);
  expect(POLL_MS).toBeGreaterThanOrEqual(2500);
  for (let i = 0; i < 60; i++) await jest.advanceTimersByTimeAsync(1000);
  stop();
  expect(most).toBe(1);
  expect(asked).toBe(5); // 60 s / (3 s wait + 10 s answer)
  expect(shown[0]).toBe('step 1');
  await jest.advanceTimersByTimeAsync(60_000);
  expect(asked).toBe(5); // stopped
});

it('the sidebar polls through it, with no fixed interval', () => {
  const client = fs.readFileSync(path.resolve(__dirname, '../../sheets-addon/sidebar/client.ts'), 'utf8');
  expect(client).toMatch(/pollProgress\(/);
  expect(client).not.toMatch(/setInterval/);
});
