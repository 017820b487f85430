/**
 * Checks the plans of a portfolio, on worker threads where that is faster (several plans and
 * more than one core), else one after another in this thread. Results come back in the order
 * the plans were given; a plan that fails, or a worker that dies on it, becomes that plan's
 * "could not be read" digest and never stops the rest.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { unreadablePlan } from '../../core/index';
import { failedWhileChecking, PlanJob, PlanJobResult, runPlanJob } from './planJob';

/** The compiled worker: beside this file, or in portfolio/ beside the bundle (build/cli/plancheck.js); absent where this runs from source (tests). */
function workerFile(): string | undefined {
  return [path.join(__dirname, 'planWorker.js'), path.join(__dirname, 'portfolio', 'planWorker.js')].find((f) => fs.existsSync(f));
}
/** Plans sent ahead to a worker, so it never waits on this thread (which checks plans too). */
const AHEAD = 2;

/** Below this many plans, starting workers (each loads PlanCheck and ExcelJS afresh) costs more than it saves. */
const MIN_PLANS_FOR_WORKERS = 4;

/**
 * Threads to use, this one included: PLANCHECK_THREADS where set (1 keeps everything in this
 * thread); else one per core that is idle (measured: on a busy machine workers only add their
 * start-up and slow the run), never more than there are plans.
 */
export function threadCount(
  plans: number,
  env: Record<string, string | undefined> = process.env,
  machine: { cores: number; load: number } = { cores: os.availableParallelism(), load: os.loadavg()[0] ?? 0 },
): number {
  const set = Number(env.PLANCHECK_THREADS);
  if (Number.isInteger(set) && set >= 1) return Math.max(1, Math.min(set, plans));
  if (plans < MIN_PLANS_FOR_WORKERS) return 1;
  const idle = Math.ceil(machine.cores - machine.load);
  return Math.max(1, Math.min(idle, machine.cores, plans));
}

export async function checkPlans(
  jobs: PlanJob[],
  options: { threads?: number; onResult?: (result: PlanJobResult, index: number) => void } = {},
): Promise<PlanJobResult[]> {
  const threads = options.threads ?? threadCount(jobs.length);
  const results: PlanJobResult[] = new Array<PlanJobResult>(jobs.length);
  const todo = jobs.map((_, i) => i);
  const done = (r: PlanJobResult, i: number) => {
    results[i] = r;
    options.onResult?.(r, i);
  };
  const here = async () => {
    // a copy, as a worker's answer is: the digest's texts would otherwise be slices holding on to the whole workbook's strings
    for (let i = todo.shift(); i !== undefined; i = todo.shift()) done(structuredClone(await runPlanJob(jobs[i]!)), i);
  };
  const script = threads > 1 ? workerFile() : undefined;
  if (!script) {
    await here();
    return results;
  }
  const lane = async () => {
    while (todo.length) {
      const worker = new PlanWorker(script);
      try {
        await worker.drain(todo, jobs, done);
      } finally {
        await worker.stop();
      }
    }
  };
  // this thread takes plans too: one lane here, the rest on workers
  await Promise.all([here(), ...Array.from({ length: threads - 1 }, lane)]);
  return results;
}

/** One worker thread with up to AHEAD plans sent to it. */
class PlanWorker {
  private readonly worker: Worker;
  /** Plans sent and not yet answered, oldest first (the worker checks them in that order). */
  private readonly pending: number[] = [];

  constructor(script: string) {
    this.worker = new Worker(script);
  }

  /** Takes plans from `todo` until none are left, or the worker dies (its queued plans go back to `todo`). */
  drain(todo: number[], jobs: PlanJob[], done: (r: PlanJobResult, i: number) => void): Promise<void> {
    return new Promise((resolve) => {
      const feed = () => {
        while (this.pending.length < AHEAD && todo.length) {
          const id = todo.shift()!;
          this.pending.push(id);
          this.worker.postMessage({ id, job: jobs[id] });
        }
        if (!this.pending.length) resolve();
      };
      this.worker.on('message', ({ id, result }: { id: number; result: PlanJobResult }) => {
        this.pending.splice(this.pending.indexOf(id), 1);
        done(result, id);
        feed();
      });
      const died = (e: Error) => {
        // the plan it was checking is reported; the ones queued behind it are checked elsewhere
        const [current, ...queued] = this.pending.splice(0);
        if (current !== undefined) done({ digest: unreadablePlan(jobs[current]!.name, failedWhileChecking(e)) }, current);
        todo.unshift(...queued);
        resolve();
      };
      this.worker.once('error', died);
      this.worker.once('exit', (code) => {
        if (this.pending.length) died(new Error(`the worker stopped (exit ${code})`));
      });
      feed();
    });
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners();
    await this.worker.terminate().catch(() => undefined);
  }
}
