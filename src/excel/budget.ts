/**
 * Excel on the web refuses a request or a response over 5 MB (office-js-docs-pr
 * docs/concepts/resource-limits-and-performance-optimization.md). The writer estimates what each
 * queued operation sends and what each load brings back, and syncs before either would pass the
 * budget (4 MB by default, a margin under the limit).
 */
export const DEFAULT_BUDGET_BYTES = 4 * 1024 * 1024;

/** Estimated bytes of a value sent to or read from Excel: its JSON plus a per-operation overhead. */
export function payloadBytes(value: unknown): number {
  return 64 + (value === undefined ? 0 : new TextEncoder().encode(JSON.stringify(value)).length);
}

/**
 * What one small setter or call (a column width, a font's bold, a chart's title) sends beside its
 * value: the object's path and the member's name (~75 bytes of JSON), rounded up so the budget
 * errs high.
 */
export const SETTER_BYTES = 100;

export class SyncBudget {
  private request = 0;
  private response = 0;
  syncs = 0;
  largestRequestBytes = 0;
  largestResponseBytes = 0;

  constructor(
    private readonly context: { sync(): Promise<unknown> },
    readonly limit = DEFAULT_BUDGET_BYTES
  ) {}

  /** Syncs first if this much more would pass the budget either way; then counts it in. */
  async reserve(requestBytes: number, responseBytes = 0): Promise<void> {
    const pending = this.request > 0 || this.response > 0;
    if (
      pending &&
      (this.request + requestBytes > this.limit || this.response + responseBytes > this.limit)
    )
      await this.flush();
    this.request += requestBytes;
    this.response += responseBytes;
  }

  async flush(): Promise<void> {
    this.largestRequestBytes = Math.max(this.largestRequestBytes, this.request);
    this.largestResponseBytes = Math.max(this.largestResponseBytes, this.response);
    this.request = 0;
    this.response = 0;
    this.syncs++;
    await this.context.sync();
  }
}
