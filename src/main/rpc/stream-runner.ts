import type { AppErrorValue } from '../../shared/result'

/** Where a transport delivers a stream's batches. */
export interface StreamSink {
  send(streamId: string, batch: unknown[]): void
  end(streamId: string, error: AppErrorValue | null): void
}

/** What a stream handler gets: emit events, learn when to slow down, learn when to stop. */
export interface StreamOutput<E> {
  emit(event: E): void
  readonly signal: AbortSignal
  /** Resolves when the client has caught up; producers of many events await it before reading more. */
  waitForCapacity(): Promise<void>
}

export interface StreamOptions {
  /** flush period: small enough to feel live, large enough to batch (RedisInsight uses ~30 ms) */
  flushMs: number
  maxBatch: number
  /** batches sent but not yet acknowledged by the client */
  maxInFlight: number
  /** events held in main before the source must pause (or, with 'latest', before old ones are dropped) */
  maxBuffered: number
  /** 'latest' for state snapshots (only the newest matters), 'pause' for data that must not be lost */
  overflow: 'latest' | 'pause'
}

export const DEFAULT_STREAM_OPTIONS: StreamOptions = { flushMs: 50, maxBatch: 1000, maxInFlight: 2, maxBuffered: 10_000, overflow: 'pause' }

/** Batches a stream's events, sends at most maxInFlight unacknowledged batches, and stops on abort. */
export class RunningStream<E = unknown> implements StreamOutput<E> {
  private buffer: E[] = []
  private inFlight = 0
  private timer: NodeJS.Timeout | null = null
  private waiters: Array<() => void> = []
  private readonly abort = new AbortController()
  private ended = false

  constructor(
    readonly id: string,
    private readonly sink: StreamSink,
    private readonly opts: StreamOptions = DEFAULT_STREAM_OPTIONS,
  ) {}

  get signal(): AbortSignal {
    return this.abort.signal
  }

  emit(event: E): void {
    if (this.ended) return
    this.buffer.push(event)
    if (this.opts.overflow === 'latest' && this.buffer.length > this.opts.maxBuffered) {
      this.buffer.splice(0, this.buffer.length - this.opts.maxBuffered)
    }
    this.schedule()
  }

  waitForCapacity(): Promise<void> {
    if (this.buffer.length < this.opts.maxBuffered || this.ended) return Promise.resolve()
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  ack(): void {
    this.inFlight = Math.max(0, this.inFlight - 1)
    this.schedule()
  }

  /** Stopped by the client or its session: no more batches, no end message. */
  stop(): void {
    this.finish()
  }

  /** The source ended by itself (or failed): flush what is left and tell the client. */
  end(error: AppErrorValue | null): void {
    if (this.ended) return
    if (this.buffer.length) this.sink.send(this.id, this.buffer.splice(0))
    this.sink.end(this.id, error)
    this.finish()
  }

  private finish(): void {
    this.ended = true
    this.abort.abort()
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.buffer = []
    for (const w of this.waiters.splice(0)) w()
  }

  private schedule(): void {
    if (this.timer || this.ended || this.buffer.length === 0) return
    // A full batch goes out at once (the ack, not the clock, paces a fast stream); a partial one waits flushMs.
    const delay = this.buffer.length >= this.opts.maxBatch ? 0 : this.opts.flushMs
    this.timer = setTimeout(() => {
      this.timer = null
      this.flush()
    }, delay)
  }

  private flush(): void {
    if (this.ended || this.inFlight >= this.opts.maxInFlight || this.buffer.length === 0) return
    this.sink.send(this.id, this.buffer.splice(0, this.opts.maxBatch))
    this.inFlight++
    if (this.buffer.length < this.opts.maxBuffered) for (const w of this.waiters.splice(0)) w()
    this.schedule()
  }
}
