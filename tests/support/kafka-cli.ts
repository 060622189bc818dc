// The Apache Kafka CLI classes and kcat: independent clients used to set up and to cross-check what the app shows.
import { execFileSync } from 'node:child_process'
import { BOOTSTRAP } from '../cluster/local-cluster'
import { runKafkaTool } from '../cluster/kafka-dist'

export { BOOTSTRAP }

export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`
}

export function topicCommand(args: string[]): string {
  return runKafkaTool('org.apache.kafka.tools.TopicCommand', ['--bootstrap-server', BOOTSTRAP, ...args])
}

export function createTopicWithCli(name: string, partitions: number, replicationFactor: number): void {
  topicCommand(['--create', '--topic', name, '--partitions', String(partitions), '--replication-factor', String(replicationFactor)])
}

export interface CliPartition {
  partition: number
  leader: number
  replicas: number[]
  isr: number[]
}

/** Parses `kafka-topics --describe` partition lines ("Partition: 0  Leader: 3  Replicas: 3,1,2  Isr: 3,1,2 …"). */
export function describeTopicWithCli(name: string): CliPartition[] {
  const out = topicCommand(['--describe', '--topic', name])
  const ids = (s: string) => (s.trim() === '' ? [] : s.split(',').map(Number))
  return out
    .split('\n')
    .map((line) => line.match(/Partition:\s*(\d+)\s+Leader:\s*(-?\d+|none)\s+Replicas:\s*([\d,]*)\s+Isr:\s*([\d,]*)/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ partition: Number(m[1]), leader: m[2] === 'none' ? -1 : Number(m[2]), replicas: ids(m[3] ?? ''), isr: ids(m[4] ?? '') }))
    .sort((a, b) => a.partition - b.partition)
}

/** Produces lines with kcat (one message per line, to an explicit partition when given). */
export function kcatProduce(topic: string, lines: string[], partition?: number): void {
  const args = ['-b', BOOTSTRAP, '-P', '-t', topic]
  if (partition !== undefined) args.push('-p', String(partition))
  execFileSync('kcat', args, { input: lines.join('\n') + '\n' })
}
