import { expect, test } from '@playwright/test'
import type { CreateTopicDefaults, TopicConfigEntry, TopicDetail } from '../../src/shared/contract'
import { cli } from '../../src/shared/kafka/cli-twin'
import { labSession } from '../support/app-session'
import {
  BOOTSTRAP, configCommand, createTopicWithCli, kcatCount, describeTopicWithCli, kcatProduce, runCliTwin, topicNamesWithCli, topicOverridesWithCli, topicShapeWithCli, uniqueName,
} from '../support/kafka-cli'

let app: Awaited<ReturnType<typeof labSession>>
test.beforeAll(async () => {
  app = await labSession()
})
test.afterAll(() => app.close())

test('create: the topic equals what kafka-topics/kafka-configs describe, and the CLI twin creates the same', async () => {
  const name = uniqueName('mytopic')
  const twinName = uniqueName('mytopic-twin')
  const input = { name, partitions: 3, replicationFactor: 2, configs: { 'retention.ms': '3600000', 'cleanup.policy': 'compact' } }
  const detail = await app.value<TopicDetail>('topicAdmin:create', input)
  expect(detail.partitions).toHaveLength(3)
  expect(topicShapeWithCli(name)).toEqual({ partitions: 3, replicationFactor: 2 })
  expect(topicOverridesWithCli(name)).toEqual({ 'retention.ms': '3600000', 'cleanup.policy': 'compact' })
  expect(describeTopicWithCli(name)).toEqual(detail.partitions.map(({ partition, leader, replicas, isr }) => ({ partition, leader, replicas, isr })))

  runCliTwin(cli.createTopic(BOOTSTRAP, { ...input, name: twinName }))
  expect(topicShapeWithCli(twinName)).toEqual(topicShapeWithCli(name))
  expect(topicOverridesWithCli(twinName)).toEqual(topicOverridesWithCli(name))
})

test('create with all defaults ("mailbox") uses the brokers\' num.partitions and default.replication.factor', async () => {
  const defaults = await app.value<CreateTopicDefaults>('topicAdmin:createDefaults')
  expect(defaults).toMatchObject({ partitions: 1, replicationFactor: 1, liveBrokers: [1, 2, 3] })
  expect(defaults.configs.find((c) => c.name === 'retention.ms')).toMatchObject({ value: '604800000', meaning: expect.stringContaining('how long') })
  const name = uniqueName('mailbox')
  await app.value('topicAdmin:create', { name, partitions: defaults.partitions, replicationFactor: defaults.replicationFactor })
  expect(topicShapeWithCli(name)).toEqual({ partitions: 1, replicationFactor: 1 })
  expect(topicOverridesWithCli(name)).toEqual({})
})

test('alterConfigs merges: other overrides are not reset (kafkajs alterConfigs replaces the whole set)', async () => {
  const name = uniqueName('cfg')
  const twinName = uniqueName('cfg-twin')
  for (const t of [name, twinName]) {
    createTopicWithCli(t, 1, 1)
    runCliTwin(cli.alterConfigs(BOOTSTRAP, t, { 'retention.ms': '86400000', 'cleanup.policy': 'compact,delete' }, []))
  }
  const entries = await app.value<TopicConfigEntry[]>('topicAdmin:alterConfigs', { topic: name, set: { 'max.message.bytes': '2000000' } })
  expect(entries.find((e) => e.name === 'max.message.bytes')).toMatchObject({ value: '2000000', source: 'topic' })
  expect(entries.find((e) => e.name === 'segment.bytes')).toMatchObject({ source: expect.stringMatching(/default|broker/) })
  expect(topicOverridesWithCli(name)).toEqual({ 'retention.ms': '86400000', 'cleanup.policy': 'compact,delete', 'max.message.bytes': '2000000' })

  await app.value('topicAdmin:alterConfigs', { topic: name, remove: ['retention.ms'] })
  expect(topicOverridesWithCli(name)).toEqual({ 'cleanup.policy': 'compact,delete', 'max.message.bytes': '2000000' })

  // The twin (kafka-configs --add-config/--delete-config) does the same to the second topic.
  runCliTwin(cli.alterConfigs(BOOTSTRAP, twinName, { 'max.message.bytes': '2000000' }, []))
  runCliTwin(cli.alterConfigs(BOOTSTRAP, twinName, {}, ['retention.ms']))
  expect(topicOverridesWithCli(twinName)).toEqual(topicOverridesWithCli(name))
})

test('add partitions, delete records and delete topic agree with the CLI, and so do their twins', async () => {
  const name = uniqueName('maint')
  const twinName = uniqueName('maint-twin')
  for (const t of [name, twinName]) {
    createTopicWithCli(t, 2, 1)
    kcatProduce(t, ['a', 'b', 'c', 'd', 'e'], 0)
  }
  await app.value('topicAdmin:addPartitions', { topic: name, total: 4 })
  runCliTwin(cli.addPartitions(BOOTSTRAP, twinName, 4))
  expect(topicShapeWithCli(name).partitions).toBe(4)
  expect(topicShapeWithCli(twinName).partitions).toBe(4)

  const after = await app.value<TopicDetail>('topicAdmin:deleteRecords', { topic: name, partitions: [{ partition: 0, offset: '2' }] })
  expect(after.partitions[0]).toMatchObject({ earliestOffset: '2', latestOffset: '5', messages: '3' })
  runCliTwin(cli.deleteRecords(BOOTSTRAP, twinName, [{ partition: 0, offset: '2' }]))
  const twinDetail = await app.value<TopicDetail>('topics:describe', { topic: twinName })
  expect(twinDetail.partitions[0]).toMatchObject({ earliestOffset: '2', latestOffset: '5' })

  await app.value('topicAdmin:delete', { topic: name })
  runCliTwin(cli.deleteTopic(BOOTSTRAP, twinName))
  await expect.poll(() => topicNamesWithCli().filter((t) => t === name || t === twinName)).toEqual([])
})

async function waitReassigned(topic: string) {
  await expect.poll(async () => (await app.value<unknown[]>('topicAdmin:reassignments', { topic })).length, { timeout: 60_000 }).toBe(0)
}

test('replication factor 1 → 3 → 2 on a topic with data: replicas and ISR as planned, no message lost', async () => {
  test.setTimeout(150_000)
  const name = uniqueName('rf')
  createTopicWithCli(name, 3, 1)
  for (const p of [0, 1, 2]) kcatProduce(name, Array.from({ length: 100 }, (_, i) => `p${p}-${i}`), p)
  const before = (await app.value<TopicDetail>('topics:describe', { topic: name })).totalMessages
  expect(before).toBe('300')

  for (const rf of [3, 2]) {
    const plan = await app.value<{ assignment: Array<{ partition: number; replicas: number[] }> }>('topicAdmin:changeReplication', { topic: name, replicationFactor: rf })
    await waitReassigned(name)
    await expect.poll(() => describeTopicWithCli(name).every((p) => p.isr.length === rf), { timeout: 60_000 }).toBe(true)
    const cliNow = describeTopicWithCli(name)
    expect(cliNow.map((p) => p.replicas)).toEqual(plan.assignment.map((a) => a.replicas))
    expect(cliNow.every((p) => p.replicas.length === rf && new Set(p.replicas).size === rf)).toBe(true)
    expect((await app.value<TopicDetail>('topics:describe', { topic: name })).totalMessages).toBe(before)
  }
  expect(kcatCount(name)).toBe(300) // read back by an independent client: nothing lost
  // every replica of 3 partitions over 3 brokers at RF 2: each broker holds exactly 2
  const load = new Map<number, number>()
  for (const p of describeTopicWithCli(name)) for (const r of p.replicas) load.set(r, (load.get(r) ?? 0) + 1)
  expect([...load.values()].sort()).toEqual([2, 2, 2])

  // The twin (kafka-reassign-partitions with the same JSON) gives the same replicas on a second topic.
  const twinName = uniqueName('rf-twin')
  createTopicWithCli(twinName, 3, 1)
  const twinPlan = await app.value<{ assignment: Array<{ partition: number; replicas: number[] }> }>('topicAdmin:planReplication', { topic: twinName, replicationFactor: 3 })
  runCliTwin(cli.reassign(BOOTSTRAP, twinName, twinPlan.assignment))
  await waitReassigned(twinName)
  expect(describeTopicWithCli(twinName).map((p) => p.replicas)).toEqual(twinPlan.assignment.map((a) => a.replicas))
})

test('a running reassignment can be cancelled, and the replicas go back to what they were', async () => {
  test.setTimeout(120_000)
  const name = uniqueName('cancel')
  createTopicWithCli(name, 1, 1)
  kcatProduce(name, Array.from({ length: 10_000 }, (_, i) => `${'x'.repeat(600)}${i}`), 0)
  // Throttle replication to 1 KB/s so copying ~6 MB (several fetches) to new replicas cannot finish while we look.
  for (const id of ['1', '2', '3']) configCommand(['--alter', '--entity-type', 'brokers', '--entity-name', id, '--add-config', 'leader.replication.throttled.rate=1024,follower.replication.throttled.rate=1024'])
  configCommand(['--alter', '--entity-type', 'topics', '--entity-name', name, '--add-config', 'leader.replication.throttled.replicas=*,follower.replication.throttled.replicas=*'])
  try {
    const before = describeTopicWithCli(name)[0]?.replicas
    await app.value('topicAdmin:changeReplication', { topic: name, replicationFactor: 3 })
    const running = await app.value<Array<{ adding: number[] }>>('topicAdmin:reassignments', { topic: name })
    expect(running).toHaveLength(1)
    expect(running[0]?.adding).toHaveLength(2)
    await app.value('topicAdmin:cancelReassignment', { topic: name })
    await waitReassigned(name)
    await expect.poll(() => describeTopicWithCli(name)[0]?.replicas).toEqual(before)
    expect(kcatCount(name)).toBe(10_000)
  } finally {
    for (const id of ['1', '2', '3']) configCommand(['--alter', '--entity-type', 'brokers', '--entity-name', id, '--delete-config', 'leader.replication.throttled.rate,follower.replication.throttled.rate'])
  }
})

test('bad input: each gets a specific message and nothing changes on the cluster', async () => {
  const existing = uniqueName('exists')
  createTopicWithCli(existing, 2, 1)
  const namesBefore = topicNamesWithCli().sort()
  const cases: Array<[string, unknown, string, RegExp]> = [
    ['topicAdmin:create', { name: 'my topic', partitions: 1, replicationFactor: 1 }, 'INVALID_INPUT', /" " is not allowed in a topic name/],
    ['topicAdmin:create', { name: existing, partitions: 1, replicationFactor: 1 }, 'INVALID_INPUT', /already exists/],
    ['topicAdmin:create', { name: uniqueName('rf4'), partitions: 1, replicationFactor: 4 }, 'INVALID_INPUT', /Replication factor 4 needs 4 live brokers; only 3 \(1, 2, 3\) are up/],
    ['topicAdmin:create', { name: uniqueName('p0'), partitions: 0, replicationFactor: 1 }, 'INVALID_INPUT', /at least 1 partition/],
    ['topicAdmin:create', { name: uniqueName('cfg'), partitions: 1, replicationFactor: 1, configs: { 'retention.forever': '1' } }, 'INVALID_INPUT', /"retention.forever" is not a topic config Kafka knows/],
    ['topicAdmin:create', { name: uniqueName('cfg'), partitions: 1, replicationFactor: 1, configs: { 'retention.ms': 'a week' } }, 'INVALID_INPUT', /retention.ms must be a whole number, not "a week"/],
    ['topicAdmin:addPartitions', { topic: existing, total: 1 }, 'INVALID_INPUT', /has 2 partitions; Kafka can only add partitions, so choose more than 2/],
    ['topicAdmin:alterConfigs', { topic: existing, set: { 'min.insync.replicas': 'two' } }, 'INVALID_INPUT', /min.insync.replicas must be a whole number/],
    ['topicAdmin:delete', { topic: '__consumer_offsets' }, 'INVALID_INPUT', /internal to Kafka and cannot be deleted/],
    ['topicAdmin:delete', { topic: uniqueName('never-existed') }, 'TOPIC_NOT_FOUND', /does not exist \(any more\): someone may just have deleted it/],
    ['topicAdmin:changeReplication', { topic: existing, replicationFactor: 5 }, 'INVALID_INPUT', /needs 5 live brokers/],
    ['topicAdmin:deleteRecords', { topic: existing, partitions: [{ partition: 0, offset: '99' }] }, 'INVALID_INPUT', /Offset 99 is past the end of partition 0/],
  ]
  for (const [channel, input, code, message] of cases) {
    const r = await app.call(channel, input)
    expect(r, `${channel} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } })
  }
  expect(topicNamesWithCli().sort()).toEqual(namesBefore)
  expect(topicShapeWithCli(existing)).toEqual({ partitions: 2, replicationFactor: 1 })
  expect(topicOverridesWithCli(existing)).toEqual({})
})

test('deleting a topic that another user just deleted says so', async () => {
  const name = uniqueName('gone')
  createTopicWithCli(name, 1, 1)
  await app.value('topics:describe', { topic: name })
  runCliTwin(cli.deleteTopic(BOOTSTRAP, name)) // the other user
  await expect.poll(() => topicNamesWithCli().includes(name)).toBe(false)
  expect(await app.call('topicAdmin:delete', { topic: name })).toMatchObject({ ok: false, error: { code: 'TOPIC_NOT_FOUND', message: expect.stringContaining('someone may just have deleted it') } })
})
