// The Apache Kafka CLI classes and kcat: independent clients used to set up and to cross-check what the app shows.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
  waitForTopicEverywhere(name, partitions)
}

/**
 * Brokers learn about a new topic at their own pace: wait until every broker's metadata has all its partitions
 * with a leader, so the next client (kcat, the app) cannot land on one that does not know it yet.
 */
export function waitForTopicEverywhere(name: string, partitions: number, timeoutMs = 20_000): void {
  const deadline = Date.now() + timeoutMs
  for (const broker of BOOTSTRAP.split(',')) {
    for (;;) {
      try {
        const md = JSON.parse(execFileSync('kcat', ['-b', broker, '-L', '-J', '-t', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as {
          topics: Array<{ topic: string; partitions?: Array<{ leader: number }> }>
        }
        const t = md.topics.find((x) => x.topic === name)
        if (t?.partitions?.length === partitions && t.partitions.every((p) => p.leader >= 0)) break
      } catch {
        // broker busy: ask again
      }
      if (Date.now() > deadline) throw new Error(`topic ${name} not visible on ${broker} after ${timeoutMs} ms`)
      execFileSync('sleep', ['0.1'])
    }
  }
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

export function configCommand(args: string[]): string {
  return runKafkaTool('kafka.admin.ConfigCommand', ['--bootstrap-server', BOOTSTRAP, ...args])
}

/** Topic overrides as kafka-configs --describe prints them ("Dynamic configs for topic X are:"). */
export function topicOverridesWithCli(topic: string): Record<string, string> {
  const out = configCommand(['--describe', '--entity-type', 'topics', '--entity-name', topic])
  const entries = out
    .split('\n')
    .map((l) => l.match(/^\s+([a-z0-9.]+)=(.*?) sensitive=/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => [m[1] ?? '', m[2] ?? ''] as const)
  return Object.fromEntries(entries)
}

/** PartitionCount and ReplicationFactor from kafka-topics --describe's topic line. */
export function topicShapeWithCli(topic: string): { partitions: number; replicationFactor: number } {
  const out = topicCommand(['--describe', '--topic', topic])
  const m = out.match(/PartitionCount:\s*(\d+)\s+ReplicationFactor:\s*(\d+)/)
  if (!m) throw new Error(`unexpected kafka-topics output: ${out}`)
  return { partitions: Number(m[1]), replicationFactor: Number(m[2]) }
}

export function topicNamesWithCli(): string[] {
  return topicCommand(['--list']).split('\n').map((s) => s.trim()).filter(Boolean)
}

/** Counts every message of a topic with kcat (reads to the end, no consumer group). */
export function kcatCount(topic: string): number {
  const out = execFileSync('kcat', ['-b', BOOTSTRAP, '-C', '-t', topic, '-o', 'beginning', '-e', '-q', '-f', '%o\n'], { encoding: 'utf8' })
  return out.split('\n').filter(Boolean).length
}

const TOOL_CLASSES: Record<string, string> = {
  'kafka-topics': 'org.apache.kafka.tools.TopicCommand',
  'kafka-configs': 'kafka.admin.ConfigCommand',
  'kafka-reassign-partitions': 'org.apache.kafka.tools.reassign.ReassignPartitionsCommand',
  'kafka-delete-records': 'org.apache.kafka.tools.DeleteRecordsCommand',
}

/** Executes a CLI twin as printed by the app: writes its files, runs the tool's main class with its argv. */
export function runCliTwin(twin: { files: Array<{ name: string; content: string }>; argv: string[] }): string {
  const dir = mkdtempSync(join(tmpdir(), 'kl-twin-'))
  for (const f of twin.files) writeFileSync(join(dir, f.name), f.content)
  const [tool, ...args] = twin.argv
  const mainClass = TOOL_CLASSES[tool ?? '']
  if (!mainClass) throw new Error(`no main class for ${tool}`)
  const fileNames = new Set(twin.files.map((f) => f.name))
  return runKafkaTool(mainClass, args.map((a) => (fileNames.has(a) ? join(dir, a) : a)))
}
