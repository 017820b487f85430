/**
 * A file PlanCheck cannot read: a one-line, plain-English reason that names the file and
 * says what to do. Never carries a stack trace to the user.
 */
export class ReadError extends Error {
  override readonly name = 'ReadError';

  constructor(
    /** The file (or folder) as the user named it, or its base name. */
    readonly file: string,
    /** What is wrong and what to do, without the file name. */
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export function isReadError(e: unknown): e is ReadError {
  return e instanceof ReadError;
}

/** A Node file-system error as a short phrase ("no such file", "permission denied" …). */
export function describeFsError(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder: check the path';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: check you may read it';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder: check the path';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files: close some programs and try again';
    case 'EBUSY':
      return 'the file is busy (open in another program?): close it and try again';
    default: {
      const msg = e instanceof Error ? e.message : String(e);
      return `cannot be read (${oneLine(msg)})`;
    }
  }
}

/** Any text on one line, without control characters, at most `max` characters. */
export function oneLine(text: string, max = 300): string {
  // eslint-disable-next-line no-control-regex
  const s = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
