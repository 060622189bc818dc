/** Fixed-capacity FIFO: pushing past capacity evicts the oldest items and says how many. */
export class RingBuffer<T> {
  private items: (T | undefined)[]
  private start = 0
  private size = 0

  constructor(private cap: number) {
    this.items = new Array<T | undefined>(cap)
  }

  get length(): number {
    return this.size
  }

  get capacity(): number {
    return this.cap
  }

  /** Appends; returns how many old items were evicted to make room. */
  push(batch: readonly T[]): number {
    let evicted = 0
    for (const item of batch.length > this.cap ? batch.slice(batch.length - this.cap) : batch) {
      if (this.size < this.cap) {
        this.items[(this.start + this.size) % this.cap] = item
        this.size++
      } else {
        this.items[this.start] = item
        this.start = (this.start + 1) % this.cap
        evicted++
      }
    }
    return evicted + Math.max(0, batch.length - this.cap)
  }

  /** i = 0 is the oldest item kept. */
  at(i: number): T | undefined {
    return i < 0 || i >= this.size ? undefined : this.items[(this.start + i) % this.cap]
  }

  clear(): void {
    this.items = new Array<T | undefined>(this.cap)
    this.start = 0
    this.size = 0
  }
}
