/**
 * Remembers up to `limit` results of a pure reading, forgetting the oldest first. Plans repeat
 * their wording (due texts, RAG keys pasted between rows, header cells, dates), so each wording
 * is read once; the bound keeps a long-running host from growing without end.
 */
export class BoundedMemo<K, V> {
  private readonly known = new Map<K, V>();

  constructor(
    private readonly limit: number,
    private readonly read: (key: K) => V,
  ) {}

  get(key: K): V {
    return this.getOr(key, this.read);
  }

  /** The same, read by `read` where the key is a digest of what the reading needs (a header
   *  row's cells as one string). */
  getOr(key: K, read: (key: K) => V): V {
    let value = this.known.get(key);
    if (value === undefined) {
      value = read(key);
      if (this.known.size >= this.limit) this.known.delete(this.known.keys().next().value as K); // the oldest
      this.known.set(key, value);
    }
    return value;
  }

  clear(): void {
    this.known.clear();
  }
}
