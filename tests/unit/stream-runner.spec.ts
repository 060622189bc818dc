import { expect, test } from '@playwright/test'
import { RunningStream, type StreamOptions } from '../../src/main/rpc/stream-runner'

function collector() {
  const batches: unknown[][] = []
  const ends: unknown[] = []
  return { batches, ends, sink: { send: (_id: string, b: unknown[]) => batches.push(b), end: (_id: string, e: unknown) => ends.push(e) } }
}

const opts = (o: Partial<StreamOptions>): StreamOptions => ({ flushMs: 5, maxBatch: 100, maxInFlight: 2, maxBuffered: 1000, overflow: 'pause', ...o })
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

test('events are batched, capped per batch, and held while the client has not acknowledged', async () => {
  const c = collector()
  const s = new RunningStream('s1', c.sink, opts({ maxBatch: 3 }))
  for (let i = 0; i < 10; i++) s.emit(i)
  await wait(40)
  // two batches in flight, nothing more until an ack
  expect(c.batches).toEqual([[0, 1, 2], [3, 4, 5]])
  s.ack()
  await wait(20)
  expect(c.batches).toHaveLength(3)
  s.ack()
  s.ack()
  await wait(20)
  expect(c.batches.flat()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
})

test("'pause' overflow makes the source wait instead of dropping data", async () => {
  const c = collector()
  const s = new RunningStream('s2', c.sink, opts({ maxBuffered: 5, maxBatch: 5, maxInFlight: 1 }))
  for (let i = 0; i < 5; i++) s.emit(i)
  let resumed = false
  const waiting = s.waitForCapacity().then(() => (resumed = true))
  await wait(1)
  expect(resumed).toBe(false)
  await wait(20) // flush sends the 5 buffered events
  await waiting
  expect(resumed).toBe(true)
  expect(c.batches).toEqual([[0, 1, 2, 3, 4]])
})

test("'latest' overflow keeps only the newest snapshots for a slow client", async () => {
  const c = collector()
  const s = new RunningStream('s3', c.sink, opts({ overflow: 'latest', maxBuffered: 1, maxBatch: 1, maxInFlight: 1 }))
  s.emit('a')
  await wait(20)
  s.emit('b')
  s.emit('c')
  await wait(20)
  expect(c.batches).toEqual([['a']]) // not acknowledged yet
  s.ack()
  await wait(20)
  expect(c.batches).toEqual([['a'], ['c']])
})

test('stop aborts the source and sends nothing more; end flushes and reports', async () => {
  const c = collector()
  const s = new RunningStream('s4', c.sink, opts({}))
  s.emit(1)
  s.stop()
  expect(s.signal.aborted).toBe(true)
  await wait(20)
  expect(c.batches).toEqual([])
  expect(c.ends).toEqual([])

  const d = collector()
  const t = new RunningStream('s5', d.sink, opts({}))
  t.emit(1)
  t.end({ code: 'TOPIC_NOT_FOUND', message: 'gone' })
  expect(d.batches).toEqual([[1]])
  expect(d.ends).toEqual([{ code: 'TOPIC_NOT_FOUND', message: 'gone' }])
})
