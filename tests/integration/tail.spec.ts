import { expect, test } from '@playwright/test'
import type { TailEvent } from '../../src/shared/contract'
import { runKafkaTool } from '../cluster/kafka-dist'
import { controllableCluster, NO_CONTROL_REASON } from '../support/cluster-control'
import { BOOTSTRAP, createTopicWithCli, kcatProduce, uniqueName } from '../support/kafka-cli'
import { streamSession } from '../support/stream-collector'

let s: Awaited<ReturnType<typeof streamSession>>
test.beforeAll(async () => {
  s = await streamSession()
})
test.afterAll(() => s.close())

const values = (events: TailEvent[]) => events.flatMap((e) => (e.kind === 'message' ? [Buffer.from(e.message.value ?? '', 'base64').toString()] : []))
const groups = () => runKafkaTool('org.apache.kafka.tools.consumer.group.ConsumerGroupCommand', ['--bootstrap-server', BOOTSTRAP, '--list']).split('\n').map((x) => x.trim()).filter(Boolean).sort()

test('tail without a group: only new messages from latest, everything from beginning, and no group on the cluster', async () => {
  const topic = uniqueName('tail')
  createTopicWithCli(topic, 3, 1)
  kcatProduce(topic, ['old-1', 'old-2'], 0)
  const before = groups()
  const latest = s.start<TailEvent>('messages:tail', { topic, from: 'latest' })
  const beginning = s.start<TailEvent>('messages:tail', { topic, from: 'beginning' })
  await expect.poll(() => latest.events.some((e) => e.kind === 'notice')).toBe(true)
  kcatProduce(topic, ['new-1', 'new-2'], 1)
  kcatProduce(topic, ['new-3'], 2)
  await expect.poll(() => values(latest.events).sort()).toEqual(['new-1', 'new-2', 'new-3'])
  await expect.poll(() => values(beginning.events).sort()).toEqual(['new-1', 'new-2', 'new-3', 'old-1', 'old-2'])
  expect(groups()).toEqual(before)
  latest.stop()
  beginning.stop()
})

test('tail as a group: the group appears while tailing and resumes from its committed offsets', async () => {
  test.setTimeout(120_000)
  const topic = uniqueName('tail-group')
  const group = uniqueName('students')
  createTopicWithCli(topic, 2, 1)
  // one message in each partition, so the group commits an offset in both (kafkajs commits only partitions it
  // consumed from; a partition without a commit would fall back to "latest")
  kcatProduce(topic, ['a'], 0)
  kcatProduce(topic, ['b'], 1)
  const first = s.start<TailEvent>('messages:tail', { topic, from: 'beginning', group })
  await expect.poll(() => values(first.events).sort(), { timeout: 30_000 }).toEqual(['a', 'b'])
  expect(groups()).toContain(group)
  expect(runKafkaTool('org.apache.kafka.tools.consumer.group.ConsumerGroupCommand', ['--bootstrap-server', BOOTSTRAP, '--describe', '--group', group, '--members'])).toContain(group)
  first.stop()
  // stopping the tail left the group: no member remains
  const members = () =>
    runKafkaTool('org.apache.kafka.tools.consumer.group.ConsumerGroupCommand', ['--bootstrap-server', BOOTSTRAP, '--describe', '--group', group, '--members'])
      .split('\n')
      .filter((l) => l.trim().startsWith(`${group} `)).length
  await expect.poll(members, { timeout: 20_000 }).toBe(0)
  kcatProduce(topic, ['c', 'd'], 0)
  kcatProduce(topic, ['e'], 1)
  // an existing group resumes where it committed: neither a, b again nor a gap
  const second = s.start<TailEvent>('messages:tail', { topic, from: 'latest', group })
  await expect.poll(() => values(second.events).sort(), { timeout: 30_000 }).toEqual(['c', 'd', 'e'])
  second.stop()
})

test('a broker restarted while tailing: the tail goes on with no gap and no duplicate', async () => {
  const cluster = controllableCluster()
  test.skip(!cluster, NO_CONTROL_REASON)
  test.setTimeout(180_000)
  const topic = uniqueName('tail-restart')
  createTopicWithCli(topic, 3, 3)
  const tail = s.start<TailEvent>('messages:tail', { topic, from: 'beginning' })
  const sent: string[] = []
  const send = (n: number) => {
    const batch = Array.from({ length: n }, (_, i) => `m-${sent.length + i}`)
    kcatProduce(topic, batch)
    sent.push(...batch)
  }
  send(50)
  await expect.poll(() => values(tail.events).length).toBe(50)
  await cluster!.stopNode(2)
  try {
    send(50)
    await expect.poll(() => values(tail.events).length, { timeout: 30_000 }).toBe(100)
  } finally {
    await cluster!.startNode(2)
  }
  send(50)
  await expect.poll(() => values(tail.events).length, { timeout: 30_000 }).toBe(150)
  expect(values(tail.events).sort()).toEqual([...sent].sort())
  tail.stop()
})

test('tailing a topic that gets deleted ends the stream with TOPIC_NOT_FOUND', async () => {
  const topic = uniqueName('tail-gone')
  createTopicWithCli(topic, 1, 1)
  const tail = s.start<TailEvent>('messages:tail', { topic, from: 'latest' })
  await expect.poll(() => tail.events.length).toBeGreaterThan(0)
  runKafkaTool('org.apache.kafka.tools.TopicCommand', ['--bootstrap-server', BOOTSTRAP, '--delete', '--topic', topic])
  await expect.poll(() => tail.ends, { timeout: 30_000 }).toEqual([expect.objectContaining({ code: 'TOPIC_NOT_FOUND' })])
})
