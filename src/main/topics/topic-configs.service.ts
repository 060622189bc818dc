import { type Admin, ConfigResourceTypes } from 'kafkajs'
import type { ConfigSource, TopicConfigEntry } from '../../shared/contract'
import { configValueProblem, topicConfigInfo, TOPIC_CONFIGS } from '../../shared/kafka/topic-configs'
import { AppError } from '../rpc/app-error'
import type { KafkaConnection } from '../kafka/connection-registry'
import { withAdmin } from '../kafka/with-admin'
import { topicPartitions } from './topic-guards'

/** DescribeConfigs config_source codes (KIP-226). */
function sourceOf(code: number | undefined): ConfigSource {
  if (code === 1) return 'topic' // DYNAMIC_TOPIC_CONFIG
  if (code === 2 || code === 3 || code === 4) return 'broker' // dynamic per-broker, dynamic cluster default, static server.properties
  return 'default'
}

/** Reads configs with their source. Callers check first that the topic exists (for a specific TOPIC_NOT_FOUND). */
export async function readTopicConfigs(admin: Admin, topic: string): Promise<TopicConfigEntry[]> {
  const { resources } = await admin.describeConfigs({ resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }], includeSynonyms: false })
  const entries = resources[0]?.configEntries ?? []
  return entries
    .map((e) => ({
      name: e.configName,
      value: e.isSensitive ? null : (e.configValue ?? null),
      source: sourceOf((e as { configSource?: number }).configSource),
      readOnly: e.readOnly,
      meaning: topicConfigInfo(e.configName)?.meaning ?? null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

/** Names of every topic config this cluster knows (from any topic), plus the app's catalog. */
export async function knownConfigNames(admin: Admin, topics: string[]): Promise<Set<string>> {
  const names = new Set(TOPIC_CONFIGS.map((c) => c.name))
  const sample = topics.find((t) => !t.startsWith('__')) ?? topics[0]
  if (sample) for (const e of await readTopicConfigs(admin, sample)) names.add(e.name)
  return names
}

export function checkConfigs(configs: Record<string, string>, known: Set<string>): void {
  for (const [name, value] of Object.entries(configs)) {
    const problem = configValueProblem(name, value, known)
    if (problem) throw new AppError('INVALID_INPUT', problem)
  }
}

export async function describeTopicConfigs(conn: KafkaConnection, topic: string): Promise<TopicConfigEntry[]> {
  await topicPartitions(conn, topic)
  return withAdmin(conn, `Reading the configs of ${topic}`, (admin) => readTopicConfigs(admin, topic))
}

/**
 * kafkajs's alterConfigs is Kafka's non-incremental AlterConfigs: it REPLACES the topic's whole set of overrides.
 * So: read the current overrides, merge the change, write the full set — no other override is silently reset.
 */
export async function alterTopicConfigs(conn: KafkaConnection, topic: string, set: Record<string, string>, remove: string[]): Promise<TopicConfigEntry[]> {
  await topicPartitions(conn, topic)
  return withAdmin(conn, `Changing the configs of ${topic}`, async (admin) => {
    const current = await readTopicConfigs(admin, topic)
    checkConfigs(set, new Set(current.map((c) => c.name)))
    const overrides = new Map(current.filter((c) => c.source === 'topic' && c.value !== null).map((c) => [c.name, c.value as string]))
    for (const name of remove) {
      if (!overrides.has(name)) throw new AppError('INVALID_INPUT', `${name} is not overridden on ${topic}, so there is nothing to remove.`)
      overrides.delete(name)
    }
    for (const [name, value] of Object.entries(set)) overrides.set(name, value)
    await admin.alterConfigs({
      validateOnly: false,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configEntries: [...overrides].map(([name, value]) => ({ name, value })) }],
    })
    return readTopicConfigs(admin, topic)
  })
}
