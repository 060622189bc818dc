import { expect, test } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { watchCluster } from '../../src/main/cluster/cluster-watch'
import { clusterOverview } from '../../src/main/cluster/cluster.service'
import { ConnectionRegistry } from '../../src/main/kafka/connection-registry'
import { LAB_PROFILE } from '../../src/main/profiles/profile-store'
import { createServices } from '../../src/main/services'
import type { StreamOutput } from '../../src/main/rpc/stream-runner'
import { describeTopic, listTopics } from '../../src/main/topics/topics.service'
import type { ClusterHealth, Profile } from '../../src/shared/contract'
import { runKafkaTool } from '../cluster/kafka-dist'
import { controllableCluster, NO_CONTROL_REASON } from '../support/cluster-control'
import { BOOTSTRAP, createTopicWithCli, describeTopicWithCli, kcatProduce, uniqueName } from '../support/kafka-cli'

const registry = new ConnectionRegistry()
const lab = () => registry.acquire(LAB_PROFILE, 'integration')
test.afterAll(() => registry.closeAll())

test.describe('services against the real cluster @smoke', () => {
  test('cluster overview lists the 3 brokers with their addresses', async () => {
    const o = await clusterOverview(lab())
    expect(o.clusterId).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(o.brokers).toEqual([
      { nodeId: 1, host: '127.0.0.1', port: 9092, rack: null },
      { nodeId: 2, host: '127.0.0.1', port: 9093, rack: null },
      { nodeId: 3, host: '127.0.0.1', port: 9094, rack: null },
    ])
  })

  test('topic detail equals kafka-topics --describe, and offsets count the messages', async () => {
    const topic = uniqueName('svc-detail')
    createTopicWithCli(topic, 4, 3)
    kcatProduce(topic, ['1', '2', '3', '4', '5'], 0)
    kcatProduce(topic, ['6', '7'], 3)
    const d = await describeTopic(lab(), topic)
    const cli = describeTopicWithCli(topic)
    expect(d.partitions.map(({ partition, leader, replicas, isr }) => ({ partition, leader, replicas, isr }))).toEqual(cli)
    expect(d.partitions.map((p) => [p.earliestOffset, p.latestOffset, p.messages])).toEqual([
      ['0', '5', '5'],
      ['0', '0', '0'],
      ['0', '0', '0'],
      ['0', '2', '2'],
    ])
    expect(d.totalMessages).toBe('7')
    expect(d.replicationFactor).toBe(3)
    expect(d.offsetsError).toBeNull()
  })

  test('topic list gives partitions, replication factor, health and the internal flag', async () => {
    const a = uniqueName('svc-list-a')
    const b = uniqueName('svc-list-b')
    createTopicWithCli(a, 3, 2)
    createTopicWithCli(b, 1, 1)
    // A consumer group makes the cluster create its internal __consumer_offsets topic.
    kcatProduce(b, ['x'])
    runKafkaTool('org.apache.kafka.tools.consumer.ConsoleConsumer', ['--bootstrap-server', BOOTSTRAP, '--topic', b, '--group', uniqueName('g'), '--from-beginning', '--max-messages', '1', '--timeout-ms', '30000'])
    const list = await listTopics(lab())
    expect(list.find((t) => t.name === a)).toEqual({ name: a, partitions: 3, replicationFactor: 2, underReplicated: 0, offline: 0, internal: false })
    expect(list.find((t) => t.name === b)).toEqual({ name: b, partitions: 1, replicationFactor: 1, underReplicated: 0, offline: 0, internal: false })
    expect(list.find((t) => t.name === '__consumer_offsets')).toMatchObject({ internal: true, replicationFactor: 3, partitions: 50 })
  })

  test('a topic that does not exist is TOPIC_NOT_FOUND, and asking does not create it', async () => {
    const name = uniqueName('svc-missing')
    await expect(describeTopic(lab(), name)).rejects.toMatchObject({ code: 'TOPIC_NOT_FOUND' })
    expect(execFileSync('kcat', ['-b', BOOTSTRAP, '-L', '-J'], { encoding: 'utf8' })).not.toContain(name)
  })
})

test('an unreachable bootstrap fails with BROKERS_UNREACHABLE within 10 s', async () => {
  const nowhere: Profile = { ...LAB_PROFILE, id: 'nowhere', bootstrapServers: ['127.0.0.1:1', '127.0.0.1:2'] }
  const t0 = Date.now()
  await expect(clusterOverview(registry.acquire(nowhere, 'integration'))).rejects.toMatchObject({
    code: 'BROKERS_UNREACHABLE',
    message: expect.stringContaining('127.0.0.1:1, 127.0.0.1:2'),
  })
  expect(Date.now() - t0).toBeLessThan(10_000)
})

test('a broker that stops is shown as gone with the ISR shrunk, and both recover when it returns', async () => {
  const cluster = controllableCluster()
  test.skip(!cluster, NO_CONTROL_REASON)
  test.setTimeout(180_000)
  const topic = uniqueName('svc-isr')
  createTopicWithCli(topic, 3, 3)
  // RF 1 across the 3 brokers: the partition on the stopped broker goes offline, the others must stay readable.
  const single = uniqueName('svc-rf1')
  createTopicWithCli(single, 3, 1)
  await describeTopic(lab(), single) // looked at before the broker stops, as a user would have

  const seen: ClusterHealth[] = []
  const abort = new AbortController()
  const out: StreamOutput<ClusterHealth> = { emit: (h) => seen.push(h), signal: abort.signal, waitForCapacity: async () => {} }
  const watching = watchCluster(async () => lab(), 500, out)
  const status = (id: number) => seen.at(-1)?.brokers.find((b) => b.nodeId === id)?.status

  try {
    await expect.poll(() => status(2)).toBe('up')
    await cluster!.stopNode(2)
    await expect.poll(() => status(2), { timeout: 30_000 }).toBe('gone')
    await expect.poll(async () => (await describeTopic(lab(), topic)).partitions.every((p) => !p.isr.includes(2) && p.leader !== 2), { timeout: 30_000 }).toBe(true)
    expect(describeTopicWithCli(topic).every((p) => !p.isr.includes(2))).toBe(true)

    const rf1 = await describeTopic(lab(), single)
    const onTwo = rf1.partitions.filter((p) => p.replicas.includes(2))
    expect(onTwo).toHaveLength(1)
    expect(onTwo[0]).toMatchObject({ leader: -1, earliestOffset: null, latestOffset: null })
    expect(rf1.offsetsError).toMatch(/no live leader/)
    expect(rf1.partitions.filter((p) => p.leader >= 0).every((p) => p.latestOffset === '0')).toBe(true)
    expect((await listTopics(lab())).find((t) => t.name === single)).toMatchObject({ offline: 1 })
    expect((await clusterOverview(lab())).brokers.map((b) => b.nodeId)).toEqual([1, 3])

    await cluster!.startNode(2)
    await expect.poll(() => status(2), { timeout: 60_000 }).toBe('up')
    await expect.poll(async () => (await describeTopic(lab(), topic)).partitions.every((p) => p.isr.length === 3), { timeout: 60_000 }).toBe(true)
  } finally {
    abort.abort()
    await watching
    if ((await cluster!.isRunning()) === false) await cluster!.startNode(2).catch(() => undefined)
  }
})

test('one client per profile, shared by sessions, released on profile switch and when the last session closes', async () => {
  const s = createServices({ configDir: mkdtempSync(join(tmpdir(), 'kl-reg-')) })
  const a = s.newSession('a')
  const b = s.newSession('b')
  expect(await s.dispatcher.call(a, 'connection:connect', { profileId: 'lab' })).toMatchObject({ ok: true, value: { brokerCount: 3 } })
  expect(await s.dispatcher.call(b, 'connection:connect', { profileId: 'lab' })).toMatchObject({ ok: true })
  expect(await a.connection()).toBe(await b.connection()) // reused, not a second client
  const second = await s.profiles.save({ name: 'Second', bootstrap: ['127.0.0.1:9093'], clientId: 'kafka-lab-2' })
  expect(await s.dispatcher.call(a, 'connection:connect', { profileId: second.id })).toMatchObject({ ok: true })
  expect(s.registry.activeProfiles().sort()).toEqual(['lab', second.id].sort())
  b.close()
  expect(s.registry.activeProfiles()).toEqual([second.id])
  a.close()
  expect(s.registry.activeProfiles()).toEqual([])
  await s.shutdown()
})
