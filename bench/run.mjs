#!/usr/bin/env node
// `npm run bench [-- overview|messages|topics]`: benchmarks on a fresh local 3-node cluster of their own, each figure printed
// as `<name> <value> <unit> (kcat <value> <unit>, ratio <r>)` where kcat (measured in the same run) has a counterpart.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { kcat } from './lib/stats.mjs'
import { createManyTopics, manyTopicsBench } from './many-topics.bench.mjs'
import { bulkReadBench, firstTenBench, produceBench } from './messages.bench.mjs'
import { messagesUiBench } from './messages-ui.bench.mjs'
import { overviewBench } from './overview.bench.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const { LocalCluster } = require('../tests/cluster/local-cluster.js')
const { runKafkaTool } = require('../tests/cluster/kafka-dist.js')

const only = process.argv[2]
const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
if (build.status !== 0) process.exit(1)

const cluster = new LocalCluster({ dataDir: '/tmp/kafka-lab-bench', fresh: true, heapMb: 768 })
if (await cluster.isRunning()) {
  console.error('A cluster already listens on 9092-9094; the benchmarks need one of their own (npm run cluster -- stop).')
  process.exit(2)
}
await cluster.start()
console.log(`# Apache Kafka ${cluster.version}, 3 KRaft nodes on 127.0.0.1; ${new Date().toISOString()}`)
try {
  if (!only || only === 'overview') {
    const topic = 'bench-overview'
    runKafkaTool('org.apache.kafka.tools.TopicCommand', ['--bootstrap-server', cluster.bootstrap, '--create', '--topic', topic, '--partitions', '6', '--replication-factor', '3'])
    kcat(['-b', cluster.bootstrap, '-P', '-t', topic], Array.from({ length: 1000 }, (_, i) => `message ${i}`).join('\n') + '\n')
    await overviewBench({ root, bootstrap: cluster.bootstrap, topic })
  }
  if (!only || only === 'messages') {
    await firstTenBench({ root, bootstrap: cluster.bootstrap })
    await produceBench({ root, bootstrap: cluster.bootstrap })
    await bulkReadBench({ root, bootstrap: cluster.bootstrap })
    await messagesUiBench({ root, bootstrap: cluster.bootstrap })
  }
  if (!only || only === 'topics') {
    await createManyTopics(cluster.bootstrap)
    await manyTopicsBench({ root, bootstrap: cluster.bootstrap })
  }
} finally {
  await cluster.stop()
}
