/**
 * The Apache Kafka command equivalent to each app action, ready to copy. Tool names are the ones of the lab's
 * cp-kafka containers (`kafka-topics`); the Apache tarball calls them `kafka-topics.sh`.
 */
export interface CliTwin {
  /** files the command reads (JSON plans), written with a heredoc in the text form */
  files: Array<{ name: string; content: string }>
  /** argv, first element the tool */
  argv: string[]
}

const quote = (s: string) => (/^[A-Za-z0-9_./:=,@+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`)

export function cliTwinText(twin: CliTwin): string {
  const files = twin.files.map((f) => `cat > ${f.name} <<'EOF'\n${f.content}\nEOF\n`).join('')
  return files + twin.argv.map(quote).join(' ')
}

/** One partition per line: readable, and what kafka-reassign-partitions --generate prints too. */
function planJson(partitions: object[]): string {
  return `{"version":1,"partitions":[\n${partitions.map((p) => `  ${JSON.stringify(p)}`).join(',\n')}\n]}`
}

/** kafka-configs joins entries with commas; a value containing commas is wrapped in [ ]. */
const configEntry = (k: string, v: string) => `${k}=${v.includes(',') ? `[${v}]` : v}`

export const cli = {
  describeTopic: (bootstrap: string, topic: string): CliTwin => ({ files: [], argv: ['kafka-topics', '--bootstrap-server', bootstrap, '--describe', '--topic', topic] }),

  createTopic: (bootstrap: string, t: { name: string; partitions: number; replicationFactor: number; configs: Record<string, string> }): CliTwin => ({
    files: [],
    argv: [
      'kafka-topics', '--bootstrap-server', bootstrap, '--create', '--topic', t.name,
      '--partitions', String(t.partitions), '--replication-factor', String(t.replicationFactor),
      ...Object.entries(t.configs).flatMap(([k, v]) => ['--config', `${k}=${v}`]),
    ],
  }),

  alterConfigs: (bootstrap: string, topic: string, set: Record<string, string>, remove: string[]): CliTwin => ({
    files: [],
    argv: [
      'kafka-configs', '--bootstrap-server', bootstrap, '--alter', '--entity-type', 'topics', '--entity-name', topic,
      ...(Object.keys(set).length ? ['--add-config', Object.entries(set).map(([k, v]) => configEntry(k, v)).join(',')] : []),
      ...(remove.length ? ['--delete-config', remove.join(',')] : []),
    ],
  }),

  describeConfigs: (bootstrap: string, topic: string): CliTwin => ({
    files: [],
    argv: ['kafka-configs', '--bootstrap-server', bootstrap, '--describe', '--entity-type', 'topics', '--entity-name', topic],
  }),

  addPartitions: (bootstrap: string, topic: string, total: number): CliTwin => ({
    files: [],
    argv: ['kafka-topics', '--bootstrap-server', bootstrap, '--alter', '--topic', topic, '--partitions', String(total)],
  }),

  deleteTopic: (bootstrap: string, topic: string): CliTwin => ({ files: [], argv: ['kafka-topics', '--bootstrap-server', bootstrap, '--delete', '--topic', topic] }),

  deleteRecords: (bootstrap: string, topic: string, partitions: Array<{ partition: number; offset: string }>): CliTwin => ({
    files: [{
      name: 'delete-records.json',
      // kafka-delete-records reads offsets as JSON numbers (longs)
      content: planJson(partitions.map((p) => ({ topic, partition: p.partition, offset: Number(p.offset) }))),
    }],
    argv: ['kafka-delete-records', '--bootstrap-server', bootstrap, '--offset-json-file', 'delete-records.json'],
  }),

  reassign: (bootstrap: string, topic: string, assignment: Array<{ partition: number; replicas: number[] }>, mode: '--execute' | '--verify' | '--cancel' = '--execute'): CliTwin => ({
    files: [{
      name: 'reassign.json',
      content: planJson(assignment.map((a) => ({ topic, partition: a.partition, replicas: a.replicas }))),
    }],
    argv: ['kafka-reassign-partitions', '--bootstrap-server', bootstrap, '--reassignment-json-file', 'reassign.json', mode],
  }),
}
