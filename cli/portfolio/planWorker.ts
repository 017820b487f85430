/**
 * A worker thread of `plancheck portfolio`: checks the plans it is sent one at a time, in the
 * order sent (so it holds one plan at a time however many are queued), answering each by its id.
 */
import { parentPort } from 'worker_threads';
import { runPlanJob, type PlanJob } from './planJob';

let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', ({ id, job }: { id: number; job: PlanJob }) => {
  queue = queue.then(async () => parentPort!.postMessage({ id, result: await runPlanJob(job) }));
});
