import { expect, test } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { ConnectionRegistry } from '../../src/main/kafka/connection-registry'
import { produce } from '../../src/main/producer/produce.service'
import { LAB_PROFILE } from '../../src/main/profiles/profile-store'
import type { BrowseResult, SendResult } from '../../src/shared/contract'
import { partitionForKey } from '../../src/shared/kafka/partitioner'
import { runKafkaTool } from '../cluster/kafka-dist'
import { labSession } from '../support/app-session'
import { BOOTSTRAP, createTopicWithCli, uniqueName } from '../support/kafka-cli'

let app: Awaited<ReturnType<typeof labSession>>
test.beforeAll(async () => {
  app = await labSession()
})
test.afterAll(() => app.close())

test('the key → partition preview equals where the Java console producer puts each key (murmur2)', async () => {
  const topic = uniqueName('keys')
  createTopicWithCli(topic, 6, 1)
  const keys = ['user-1', 'user-2', 'k', 'äöü-ключ', '', 'a much longer key with spaces 1234567890', ...Array.from({ length: 14 }, (_, i) => `order-${i}`)]
  runKafkaTool('org.apache.kafka.tools.ConsoleProducer', ['--bootstrap-server', BOOTSTRAP, '--topic', topic, '--property', 'parse.key=true', '--property', 'key.separator=|'], {
    input: keys.map((k) => `${k}|v`).join('\n') + '\n',
  })
  const r = await app.value<BrowseResult>('messages:browse', { topic, limit: 100 })
  expect(r.messages).toHaveLength(keys.length)
  for (const m of r.messages) {
    const key = Buffer.from(m.key ?? '', 'base64').toString('utf8')
    expect({ key, partition: m.partition }).toEqual({ key, partition: partitionForKey(key, 6) })
  }
})

test('produce 3 messages in one action; kcat and the console consumer read the same key, value, headers, partition and timestamp', async () => {
  const topic = uniqueName('mailbox')
  createTopicWithCli(topic, 3, 3)
  const ts = '1700000000123'
  const res = await app.value<SendResult>('producer:send', {
    topic, key: 'student-{{i}}', value: '{"n": {{i}}}', valueFormat: 'json', headers: [{ key: 'lab', value: 'step-{{i}}' }], count: 3, acks: 'all', compression: 'gzip', timestamp: ts,
  })
  expect(res.sent).toHaveLength(3)
  for (const [n, s] of res.sent.entries()) expect(s.partition).toBe(partitionForKey(`student-${n + 1}`, 3))

  const kcatOut = execFileSync('kcat', ['-b', BOOTSTRAP, '-C', '-t', topic, '-o', 'beginning', '-e', '-q', '-f', '%p|%o|%T|%k|%s|%h\n'], { encoding: 'utf8' })
  const fromKcat = kcatOut.trim().split('\n').map((l) => l.split('|')).sort((a, b) => (a[3] ?? '').localeCompare(b[3] ?? ''))
  expect(fromKcat).toEqual(
    res.sent.map((s, n) => [String(s.partition), s.offset, ts, `student-${n + 1}`, `{"n": ${n + 1}}`, `lab=step-${n + 1}`]),
  )

  const consoleOut = runKafkaTool('org.apache.kafka.tools.consumer.ConsoleConsumer', [
    '--bootstrap-server', BOOTSTRAP, '--topic', topic, '--from-beginning', '--max-messages', '3', '--timeout-ms', '20000',
    '--property', 'print.key=true', '--property', 'print.partition=true', '--property', 'print.offset=true', '--property', 'print.timestamp=true', '--property', 'print.headers=true',
  ])
  for (const [n, s] of res.sent.entries()) {
    expect(consoleOut).toContain(`CreateTime:${ts}\tPartition:${s.partition}\tOffset:${s.offset}\tlab:step-${n + 1}\tstudent-${n + 1}\t{"n": ${n + 1}}`)
  }
})

test('bad input says what is wrong and sends nothing', async () => {
  const topic = uniqueName('bad-produce')
  createTopicWithCli(topic, 2, 1)
  expect(await app.call('producer:send', { topic, value: '{"a": 1,}', valueFormat: 'json' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^Invalid JSON at line 1, column \d+/) } })
  expect(await app.call('producer:send', { topic, value: 'x', partition: 5 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: `${topic} has no partition 5 (it has 2: 0 to 1).` } })
  expect(await app.call('producer:send', { topic: uniqueName('nope'), value: 'x' })).toMatchObject({ ok: false, error: { code: 'TOPIC_NOT_FOUND' } })
  const big = 'x'.repeat(1_100_000)
  expect(await app.call('producer:send', { topic, value: big })).toMatchObject({ ok: false, error: { code: 'KAFKA_ERROR', message: expect.stringContaining('its max.message.bytes is 1048588 bytes. Nothing was written.') } })
  const r = await app.value<BrowseResult>('messages:browse', { topic, limit: 10 })
  expect(r.messages).toEqual([])
})

test('bulk: 25,000 messages in one action go out in chunks, each reported with its own offset', async () => {
  const topic = uniqueName('bulk')
  createTopicWithCli(topic, 2, 1)
  const r = await app.value<SendResult>('producer:send', { topic, partition: 1, value: `${'x'.repeat(1000)}-{{i}}`, count: 25_000 })
  expect(r.sent).toHaveLength(25_000)
  expect(r.sent.map((s) => s.offset)).toEqual(Array.from({ length: 25_000 }, (_, i) => String(i)))
})

test('producing while the cluster cannot be reached reports nothing as sent', async () => {
  const registry = new ConnectionRegistry()
  const conn = registry.acquire({ ...LAB_PROFILE, id: 'down', bootstrapServers: ['127.0.0.1:1'] }, 't')
  await expect(produce(conn, { topic: 'x', partition: null, key: null, value: 'v', valueFormat: 'text', headers: [], count: 3, acks: 'all', compression: 'none', timestamp: null })).rejects.toMatchObject({ code: 'BROKERS_UNREACHABLE' })
  await registry.closeAll()
})
