/**
 * Excel on the web rejects a request over 5 MB. The writer estimates each queued operation's
 * payload and syncs before the batch would pass the budget (4 MB by default, a safe margin).
 */
export const DEFAULT_REQUEST_BUDGET = 4 * 1024 * 1024;

/** Payload estimate of a value sent to Excel: its JSON size plus a per-operation overhead. */
export function payloadBytes(value: unknown): number {
  return 64 + (value === undefined ? 0 : new TextEncoder().encode(JSON.stringify(value)).length);
}

export class RequestBudget {
  private queued = 0;
  private largest = 0;
  syncs = 0;

  constructor(
    private readonly context: { sync(): Promise<unknown> },
    readonly limit = DEFAULT_REQUEST_BUDGET
  ) {}

  /** Syncs first if `bytes` more would pass the limit; then counts them in. */
  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) await this.flush();
    this.queued += bytes;
  }

  async flush(): Promise<void> {
    this.largest = Math.max(this.largest, this.queued);
    await this.context.sync();
    this.syncs++;
    this.queued = 0;
  }

  get largestRequestBytes(): number {
    return Math.max(this.largest, this.queued);
  }
}
