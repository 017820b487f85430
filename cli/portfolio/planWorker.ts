/** A worker thread of `plancheck portfolio`: checks one plan per message and answers with its result. */
import { parentPort } from 'worker_threads';
import { runPlanJob, type PlanJob } from './planJob';

parentPort?.on('message', (job: PlanJob) => {
  void runPlanJob(job).then((result) => parentPort!.postMessage(result));
});
