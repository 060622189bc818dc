import { ConfigResourceTypes } from 'kafkajs'
import type { CreateTopicDefaults, TopicDetail } from '../../shared/contract'
import { TOPIC_CONFIGS } from '../../shared/kafka/topic-configs'
import { AppError } from '../rpc/app-error'
import type { KafkaConnection } from '../kafka/connection-registry'
import { withAdmin } from '../kafka/with-admin'
import { checkConfigs, knownConfigNames, readTopicConfigs } from './topic-configs.service'
import { brokersAndTopics } from './topic-guards'
import { describeTopic } from './topics.service'

/** What a new topic gets when the user changes nothing: the brokers' defaults, read from the cluster. */
export async function createTopicDefaults(conn: KafkaConnection): Promise<CreateTopicDefaults> {
  const { live, topics } = await brokersAndTopics(conn)
  return withAdmin(conn, 'Reading the broker defaults', async (admin) => {
    const { resources } = await admin.describeConfigs({
      resources: [{ type: ConfigResourceTypes.BROKER, name: String(live[0] ?? 1), configNames: ['num.partitions', 'default.replication.factor'] }],
      includeSynonyms: false,
    })
    const brokerValue = (name: string, fallback: number) => Number(resources[0]?.configEntries.find((e) => e.configName === name)?.configValue ?? fallback)
    // A topic's non-overridden configs are exactly the cluster's defaults for new topics.
    const sample = topics.find((t) => !t.startsWith('__'))
    const effective = new Map((sample ? await readTopicConfigs(admin, sample) : []).filter((c) => c.source !== 'topic' && c.value !== null).map((c) => [c.name, c.value as string]))
    return {
      partitions: brokerValue('num.partitions', 1),
      replicationFactor: brokerValue('default.replication.factor', 1),
      liveBrokers: live,
      configs: TOPIC_CONFIGS.map((c) => ({ name: c.name, value: effective.get(c.name) ?? c.kafkaDefault, meaning: c.meaning, type: c.type, ...(c.choices ? { choices: c.choices } : {}) })),
    }
  })
}

export async function createTopic(conn: KafkaConnection, t: { name: string; partitions: number; replicationFactor: number; configs: Record<string, string> }): Promise<TopicDetail> {
  const { live, topics: existing } = await brokersAndTopics(conn)
  await withAdmin(conn, `Creating ${t.name}`, async (admin) => {
    if (existing.includes(t.name)) throw new AppError('INVALID_INPUT', `A topic named "${t.name}" already exists.`)
    const clash = existing.find((e) => e.replace(/\./g, '_') === t.name.replace(/\./g, '_'))
    if (clash) throw new AppError('INVALID_INPUT', `"${t.name}" collides with the existing topic "${clash}" ("." and "_" are the same in metric names).`)
    if (t.replicationFactor > live.length) {
      throw new AppError('INVALID_INPUT', `Replication factor ${t.replicationFactor} needs ${t.replicationFactor} live brokers; only ${live.length} (${live.join(', ')}) are up.`)
    }
    checkConfigs(t.configs, await knownConfigNames(admin, existing))
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: t.name, numPartitions: t.partitions, replicationFactor: t.replicationFactor, configEntries: Object.entries(t.configs).map(([name, value]) => ({ name, value })) }],
    })
  }, 30_000)
  return describeTopic(conn, t.name)
}
