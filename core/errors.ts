/**
 * A problem with what PlanCheck was asked to do (a bad setting, a sheet that does not exist):
 * one plain-English line for the user, never a stack trace.
 */
export class PlanCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanCheckError';
  }
}
