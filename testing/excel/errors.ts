/** The errors the Excel double throws, shaped as Office.js's RichApi errors (a `code` and debugInfo). */

export class DoubleOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

/** PropertyNotLoaded: a property read before load() and the sync after it. */
export function notLoaded(prop: string): DoubleOfficeError {
  return new DoubleOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
