/**
 * Checks the plans of a portfolio, on worker threads where that is faster (several plans and
 * more than one core), else one after another in this thread. Results come back in the order
 * the plans were given; a plan that fails, or a worker that dies, becomes that plan's
 * "could not be read" digest and never stops the rest.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { unreadablePlan } from '../../core/portfolio/planDigest';
import { failedWhileChecking, PlanJob, PlanJobResult, runPlanJob } from './planJob';

/** The compiled worker beside this file; absent where this runs from source (tests). */
const WORKER = path.join(__dirname, 'planWorker.js');

/**
 * Threads to use: PLANCHECK_THREADS where set (1 keeps everything in this thread), else one
 * per core, but never more than there are plans. One thread is this thread.
 */
export function threadCount(plans: number, env: Record<string, string | undefined> = process.env): number {
  const set = Number(env.PLANCHECK_THREADS);
  const wanted = Number.isInteger(set) && set >= 1 ? set : os.availableParallelism();
  return Math.max(1, Math.min(wanted, plans));
}

export async function checkPlans(
  jobs: PlanJob[],
  options: { threads?: number; onResult?: (result: PlanJobResult, index: number) => void } = {},
): Promise<PlanJobResult[]> {
  const threads = options.threads ?? threadCount(jobs.length);
  const results: PlanJobResult[] = new Array<PlanJobResult>(jobs.length);
  const done = (r: PlanJobResult, i: number) => {
    results[i] = r;
    options.onResult?.(r, i);
  };
  if (threads <= 1 || !fs.existsSync(WORKER)) {
    for (let i = 0; i < jobs.length; i++) done(await runPlanJob(jobs[i]!), i);
    return results;
  }
  let next = 0;
  const lane = async () => {
    let worker: Worker | null = null;
    try {
      while (next < jobs.length) {
        const i = next++;
        worker ??= new Worker(WORKER);
        try {
          done(await ask(worker, jobs[i]!), i);
        } catch (e) {
          // the worker died on this plan: report the plan, start a fresh worker for the rest
          done({ digest: unreadablePlan(jobs[i]!.name, failedWhileChecking(e)) }, i);
          await worker.terminate().catch(() => undefined);
          worker = null;
        }
      }
    } finally {
      await worker?.terminate();
    }
  };
  await Promise.all(Array.from({ length: threads }, lane));
  return results;
}

function ask(worker: Worker, job: PlanJob): Promise<PlanJobResult> {
  return new Promise((resolve, reject) => {
    const cleanUp = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (r: PlanJobResult) => {
      cleanUp();
      resolve(r);
    };
    const onError = (e: Error) => {
      cleanUp();
      reject(e);
    };
    const onExit = (code: number) => {
      cleanUp();
      reject(new Error(`the worker stopped (exit ${code})`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}
