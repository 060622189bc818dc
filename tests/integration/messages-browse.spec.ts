import { expect, test } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import type { BrowseResult } from '../../src/shared/contract'
import { runKafkaTool } from '../cluster/kafka-dist'
import { labSession } from '../support/app-session'
import { BOOTSTRAP, createTopicWithCli, uniqueName } from '../support/kafka-cli'

let app: Awaited<ReturnType<typeof labSession>>
test.beforeAll(async () => {
  app = await labSession()
})
test.afterAll(() => app.close())

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64')

/** kcat -P with -K (key delimiter), -H headers, -Z (empty value → NULL tombstone) — an independent producer. */
function kcatProduce(topic: string, partition: number, records: Array<{ key?: string; value: string; headers?: string[] }>, extra: string[] = []) {
  for (const r of records) {
    const args = ['-b', BOOTSTRAP, '-P', '-t', topic, '-p', String(partition), '-Z', ...extra]
    for (const h of r.headers ?? []) args.push('-H', h)
    if (r.key !== undefined) args.push('-K', '\t')
    execFileSync('kcat', args, { input: (r.key !== undefined ? `${r.key}\t` : '') + r.value })
  }
}

/** Consumer groups as the brokers report them (ListGroups through the Kafka CLI). */
function listGroups(): string[] {
  return runKafkaTool('org.apache.kafka.tools.consumer.group.ConsumerGroupCommand', ['--bootstrap-server', BOOTSTRAP, '--list']).split('\n').map((s) => s.trim()).filter(Boolean).sort() // the CLI lists groups in no fixed order
}

test('reads the first 10 messages without joining, creating or leaving any consumer group @smoke', async () => {
  const topic = uniqueName('lyrics')
  createTopicWithCli(topic, 3, 3)
  for (const p of [0, 1, 2]) kcatProduce(topic, p, Array.from({ length: 6 }, (_, i) => ({ value: `p${p} line ${i}` })))
  const before = listGroups()
  const r = await app.value<BrowseResult>('messages:browse', { topic, limit: 10 })
  expect(r.messages).toHaveLength(10)
  expect(r.more).toBe(true)
  // merged in timestamp order, each partition in offset order
  const ts = r.messages.map((m) => BigInt(m.timestamp))
  expect(ts.every((t, i) => i === 0 || t >= (ts[i - 1] ?? 0n))).toBe(true)
  for (const p of [0, 1, 2]) {
    const offs = r.messages.filter((m) => m.partition === p).map((m) => Number(m.offset))
    expect(offs).toEqual(offs.map((_, i) => i))
  }
  expect(r.partitions.map((p) => [p.partition, p.low, p.high])).toEqual([[0, '0', '6'], [1, '0', '6'], [2, '0', '6']])
  expect(listGroups()).toEqual(before)
})

test('start from the latest N, an offset, a timestamp; one partition; empty partitions are skipped', async () => {
  const topic = uniqueName('browse')
  createTopicWithCli(topic, 3, 1)
  kcatProduce(topic, 0, Array.from({ length: 20 }, (_, i) => ({ value: `a${i}` })))
  const middle = Date.now()
  await new Promise((r) => setTimeout(r, 20))
  kcatProduce(topic, 1, [{ value: 'late-1' }, { value: 'late-2' }])
  // partition 2 stays empty: must not slow the read down or appear

  const latest = await app.value<BrowseResult>('messages:browse', { topic, partition: 0, start: { kind: 'latest' }, limit: 3 })
  expect(latest.messages.map((m) => Buffer.from(m.value ?? '', 'base64').toString())).toEqual(['a17', 'a18', 'a19'])

  const fromOffset = await app.value<BrowseResult>('messages:browse', { topic, partition: 0, start: { kind: 'offset', offset: '15' }, limit: 100 })
  expect(fromOffset.messages.map((m) => m.offset)).toEqual(['15', '16', '17', '18', '19'])
  expect(fromOffset.more).toBe(false)

  const fromTime = await app.value<BrowseResult>('messages:browse', { topic, start: { kind: 'timestamp', timestamp: middle }, limit: 10 })
  expect(fromTime.messages.map((m) => Buffer.from(m.value ?? '', 'base64').toString())).toEqual(['late-1', 'late-2'])

  const t0 = Date.now()
  const onlyEmpty = await app.value<BrowseResult>('messages:browse', { topic, partition: 2, limit: 10 })
  expect(onlyEmpty.messages).toEqual([])
  expect(Date.now() - t0).toBeLessThan(2000)

  expect(await app.call('messages:browse', { topic, partition: 7 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: `${topic} has no partition 7 (it has 3: 0 to 2).` } })
  expect(await app.call('messages:browse', { topic: uniqueName('nope') })).toMatchObject({ ok: false, error: { code: 'TOPIC_NOT_FOUND' } })
})

test('bytes are exact: keys, null keys, tombstones, headers and binary payloads produced by kcat', async () => {
  const topic = uniqueName('bytes')
  createTopicWithCli(topic, 2, 1)
  kcatProduce(topic, 0, [
    { key: 'user-1', value: '{"name":"Ada"}', headers: ['source=kcat', 'trace=abc'] },
    { value: 'no key here' },
    { key: 'user-1', value: '' }, // -Z: empty value is sent as NULL, a tombstone
  ])
  const binary = Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x0a, 0xc3, 0x28])
  // one message of raw bytes, newline and invalid UTF-8 included (a delimiter that is not in the payload)
  execFileSync('kcat', ['-b', BOOTSTRAP, '-P', '-t', topic, '-p', '1', '-D', '@@END@@'], { input: Buffer.concat([binary, Buffer.from('@@END@@')]) })
  const r = await app.value<BrowseResult>('messages:browse', { topic, partition: 0, limit: 10 })
  expect(r.messages.map(({ key, value, headers }) => ({ key, value, headers }))).toEqual([
    { key: b64('user-1'), value: b64('{"name":"Ada"}'), headers: [{ key: 'source', value: b64('kcat') }, { key: 'trace', value: b64('abc') }] },
    { key: null, value: b64('no key here'), headers: [] },
    { key: b64('user-1'), value: null, headers: [] },
  ])
  const bin = await app.value<BrowseResult>('messages:browse', { topic, partition: 1, limit: 10 })
  expect(bin.messages).toHaveLength(1)
  expect(Buffer.from(bin.messages[0]?.value ?? '', 'base64').equals(binary)).toBe(true)
})
