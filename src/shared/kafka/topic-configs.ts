/**
 * Topic-level configs a user can set, with Kafka's default and a one-line meaning (Kafka 3.9 / 4.x).
 * The app shows the cluster's effective default when it can read one; `kafkaDefault` is the fallback.
 */
export type ConfigType = 'long' | 'int' | 'double' | 'boolean' | 'string' | 'list'

export interface TopicConfigInfo {
  name: string
  type: ConfigType
  kafkaDefault: string
  meaning: string
  /** allowed values, when Kafka restricts them */
  choices?: string[]
}

const MAX = '9223372036854775807'

export const TOPIC_CONFIGS: TopicConfigInfo[] = [
  { name: 'cleanup.policy', type: 'list', kafkaDefault: 'delete', meaning: 'delete old segments after retention, or compact to keep the latest value per key', choices: ['delete', 'compact', 'compact,delete'] },
  { name: 'retention.ms', type: 'long', kafkaDefault: '604800000', meaning: 'how long messages are kept, in ms (-1: forever); 604800000 = 7 days' },
  { name: 'retention.bytes', type: 'long', kafkaDefault: '-1', meaning: 'per-partition size above which old segments are deleted (-1: no limit)' },
  { name: 'min.insync.replicas', type: 'int', kafkaDefault: '1', meaning: 'with acks=all, a write fails unless at least this many replicas are in sync' },
  { name: 'segment.bytes', type: 'int', kafkaDefault: '1073741824', meaning: 'size of one log segment file; retention deletes whole segments' },
  { name: 'segment.ms', type: 'long', kafkaDefault: '604800000', meaning: 'roll a new segment after this long even if it is not full' },
  { name: 'max.message.bytes', type: 'int', kafkaDefault: '1048588', meaning: 'largest record batch (after compression) the topic accepts' },
  { name: 'compression.type', type: 'string', kafkaDefault: 'producer', meaning: 'how stored batches are compressed; producer keeps what the producer sent', choices: ['producer', 'uncompressed', 'gzip', 'snappy', 'lz4', 'zstd'] },
  { name: 'unclean.leader.election.enable', type: 'boolean', kafkaDefault: 'false', meaning: 'let an out-of-sync replica become leader: available again sooner, but data can be lost' },
  { name: 'delete.retention.ms', type: 'long', kafkaDefault: '86400000', meaning: 'how long tombstones stay readable in a compacted topic' },
  { name: 'min.compaction.lag.ms', type: 'long', kafkaDefault: '0', meaning: 'a message stays uncompacted for at least this long' },
  { name: 'max.compaction.lag.ms', type: 'long', kafkaDefault: MAX, meaning: 'a message becomes eligible for compaction after at most this long' },
  { name: 'min.cleanable.dirty.ratio', type: 'double', kafkaDefault: '0.5', meaning: 'share of uncompacted log that triggers compaction' },
  { name: 'message.timestamp.type', type: 'string', kafkaDefault: 'CreateTime', meaning: 'timestamp stored: the producer’s (CreateTime) or the broker’s (LogAppendTime)', choices: ['CreateTime', 'LogAppendTime'] },
  { name: 'message.timestamp.before.max.ms', type: 'long', kafkaDefault: MAX, meaning: 'reject messages whose timestamp is this far before the broker’s clock' },
  { name: 'message.timestamp.after.max.ms', type: 'long', kafkaDefault: MAX, meaning: 'reject messages whose timestamp is this far after the broker’s clock' },
  { name: 'segment.index.bytes', type: 'int', kafkaDefault: '10485760', meaning: 'size of the offset index file of a segment' },
  { name: 'segment.jitter.ms', type: 'long', kafkaDefault: '0', meaning: 'random jitter subtracted from segment.ms so segments do not all roll at once' },
  { name: 'index.interval.bytes', type: 'int', kafkaDefault: '4096', meaning: 'how often an entry is added to the offset index' },
  { name: 'flush.messages', type: 'long', kafkaDefault: MAX, meaning: 'force an fsync after this many messages (normally left to the OS)' },
  { name: 'flush.ms', type: 'long', kafkaDefault: MAX, meaning: 'force an fsync after this long (normally left to the OS)' },
  { name: 'file.delete.delay.ms', type: 'long', kafkaDefault: '60000', meaning: 'wait before a deleted segment file is removed from disk' },
  { name: 'preallocate', type: 'boolean', kafkaDefault: 'false', meaning: 'preallocate segment files on disk' },
  { name: 'follower.replication.throttled.replicas', type: 'list', kafkaDefault: '', meaning: 'replicas whose replication is throttled on the follower side' },
  { name: 'leader.replication.throttled.replicas', type: 'list', kafkaDefault: '', meaning: 'replicas whose replication is throttled on the leader side' },
  { name: 'remote.storage.enable', type: 'boolean', kafkaDefault: 'false', meaning: 'tiered storage: move old segments to remote storage' },
  { name: 'local.retention.ms', type: 'long', kafkaDefault: '-2', meaning: 'tiered storage: how long segments stay on local disk (-2: retention.ms)' },
  { name: 'local.retention.bytes', type: 'long', kafkaDefault: '-2', meaning: 'tiered storage: local size limit (-2: retention.bytes)' },
]

const BY_NAME = new Map(TOPIC_CONFIGS.map((c) => [c.name, c]))

export const topicConfigInfo = (name: string): TopicConfigInfo | undefined => BY_NAME.get(name)

/** Checks a value against the config's type before anything is sent; null when it looks valid. */
export function configValueProblem(name: string, value: string, knownNames?: Set<string>): string | null {
  const info = BY_NAME.get(name)
  if (!info) {
    if (knownNames?.has(name)) return null
    return `"${name}" is not a topic config Kafka knows.`
  }
  const v = value.trim()
  switch (info.type) {
    case 'long':
    case 'int':
      if (!/^-?\d+$/.test(v)) return `${name} must be a whole number, not "${value}".`
      if (info.type === 'int' && (BigInt(v) > 2147483647n || BigInt(v) < -2147483648n)) return `${name} must fit in 32 bits.`
      return null
    case 'double':
      return /^-?\d+(\.\d+)?$/.test(v) ? null : `${name} must be a number, not "${value}".`
    case 'boolean':
      return v === 'true' || v === 'false' ? null : `${name} must be true or false.`
    default:
      if (info.choices && info.type === 'string' && !info.choices.includes(v)) return `${name} must be one of ${info.choices.join(', ')}.`
      if (info.name === 'cleanup.policy' && !v.split(',').every((p) => p === 'delete' || p === 'compact')) return 'cleanup.policy must be delete, compact or compact,delete.'
      return null
  }
}
