// Issue 4's figures: first 10 messages (cold/warm) vs kcat, bulk read vs kcat, bulk produce vs kcat -P.
import { execFileSync, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { kcat, percentile, report, timeIt } from './lib/stats.mjs'
import { startWebHost } from './lib/web-host-client.mjs'

const require = createRequire(import.meta.url)
const { runKafkaTool } = require('../tests/cluster/kafka-dist.js')

export const KB = 'x'.repeat(1000)
export const createTopic = (bootstrap, topic, partitions, rf = 1) =>
  runKafkaTool('org.apache.kafka.tools.TopicCommand', ['--bootstrap-server', bootstrap, '--create', '--topic', topic, '--partitions', String(partitions), '--replication-factor', String(rf)])

/** Streams `count` 1 KB lines into kcat -P (no giant string in memory); resolves with the seconds it took. */
export function kcatProduceMany(bootstrap, topic, count) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint()
    const p = spawn('kcat', ['-b', bootstrap, '-P', '-t', topic, '-X', 'linger.ms=5'], { stdio: ['pipe', 'ignore', 'inherit'] })
    p.on('exit', (code) => (code === 0 ? resolve(Number(process.hrtime.bigint() - t0) / 1e9) : reject(new Error(`kcat exited ${code}`))))
    let i = 0
    const chunk = 1000
    const write = () => {
      while (i < count) {
        const lines = Array.from({ length: Math.min(chunk, count - i) }, (_, j) => `${KB}${i + j}`).join('\n') + '\n'
        i += chunk
        if (!p.stdin.write(lines)) return p.stdin.once('drain', write)
      }
      p.stdin.end()
    }
    write()
  })
}

const unwrap = async (p) => {
  const r = await p
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value
}

export async function firstTenBench({ root, bootstrap }) {
  const topic = 'bench-first10'
  createTopic(bootstrap, topic, 6, 3)
  await kcatProduceMany(bootstrap, topic, 6000)
  const kcatTimes = await timeIt(20, () => kcat(['-b', bootstrap, '-C', '-t', topic, '-o', 'beginning', '-c', '10', '-e', '-q']))
  const peer = { name: 'kcat', value: percentile(kcatTimes, 50) }

  const cold = []
  for (let i = 0; i < 5; i++) {
    const host = await startWebHost(root)
    const t0 = process.hrtime.bigint()
    await unwrap(host.call('connection:connect', { profileId: 'lab' }))
    const r = await unwrap(host.call('messages:browse', { topic, limit: 10 }))
    cold.push(Number(process.hrtime.bigint() - t0) / 1e6)
    if (r.messages.length !== 10) throw new Error('expected 10 messages')
    host.close()
  }
  report('first10_cold_connection_p50', percentile(cold, 50), 'ms', peer)

  const host = await startWebHost(root)
  try {
    await unwrap(host.call('connection:connect', { profileId: 'lab' }))
    const warm = await timeIt(30, () => unwrap(host.call('messages:browse', { topic, limit: 10 })))
    report('first10_warm_p50', percentile(warm, 50), 'ms', peer)
    report('first10_warm_p95', percentile(warm, 95), 'ms')
  } finally {
    host.close()
  }
}

export async function produceBench({ root, bootstrap }) {
  const count = 100_000
  createTopic(bootstrap, 'bench-produce-app', 6)
  createTopic(bootstrap, 'bench-produce-kcat', 6)
  const kcatSeconds = await kcatProduceMany(bootstrap, 'bench-produce-kcat', count)
  const host = await startWebHost(root)
  try {
    await unwrap(host.call('connection:connect', { profileId: 'lab' }))
    const t0 = process.hrtime.bigint()
    const r = await unwrap(host.call('producer:send', { topic: 'bench-produce-app', value: `${KB}{{i}}`, count, acks: 'all' }))
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9
    if (r.sent.length !== count) throw new Error('not all sent')
    report('produce_100k_1KB', count / seconds, 'msg/s', { name: 'kcat', value: count / kcatSeconds })
  } finally {
    host.close()
  }
}

export const BULK_TOPIC = 'bench-bulk'
export const BULK_COUNT = 1_000_000

export async function bulkReadBench({ root, bootstrap }) {
  createTopic(bootstrap, BULK_TOPIC, 6)
  const produced = await kcatProduceMany(bootstrap, BULK_TOPIC, BULK_COUNT)
  report('bulk_fill_1M_1KB_with_kcat', produced, 's')
  const t0 = process.hrtime.bigint()
  const out = execFileSync('sh', ['-c', `kcat -b ${bootstrap} -C -t ${BULK_TOPIC} -o beginning -e -q | wc -l`], { encoding: 'utf8', maxBuffer: 1 << 20 })
  const kcatSeconds = Number(process.hrtime.bigint() - t0) / 1e9
  if (Number(out.trim()) !== BULK_COUNT) throw new Error(`kcat read ${out.trim()}`)

  const host = await startWebHost(root)
  try {
    await unwrap(host.call('connection:connect', { profileId: 'lab' }))
    let received = 0
    const t1 = process.hrtime.bigint()
    await new Promise((resolve, reject) => {
      let stop
      host.stream('messages:tail', { topic: BULK_TOPIC, from: 'beginning' }, (batch) => {
        for (const e of batch) if (e.kind === 'message') received++
        if (received >= BULK_COUNT) { stop?.(); resolve() }
      }, (end) => reject(new Error(end.error?.message ?? 'ended'))).then((s) => (stop = s), reject)
    })
    const seconds = Number(process.hrtime.bigint() - t1) / 1e9
    report('bulk_read_1M_1KB', BULK_COUNT / seconds, 'msg/s', { name: 'kcat', value: BULK_COUNT / kcatSeconds })
  } finally {
    host.close()
  }
}
