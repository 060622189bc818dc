#!/usr/bin/env node
// `npm run bench`: every benchmark, against a local 3-node cluster (started here when none runs), each figure
// printed as `<name> <value> <unit> (kcat <value> <unit>, ratio <r>)` where a kcat/CLI counterpart exists.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { overviewBench } from './overview.bench.mjs'
import { kcat } from './lib/stats.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const { LocalCluster } = require('../tests/cluster/local-cluster.js')
const { runKafkaTool } = require('../tests/cluster/kafka-dist.js')

const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
if (build.status !== 0) process.exit(1)

const cluster = new LocalCluster({ dataDir: '/tmp/kafka-lab-bench', fresh: true })
const started = !(await cluster.isRunning())
if (started) await cluster.start()
try {
  const topic = `bench-${Date.now().toString(36)}`
  runKafkaTool('org.apache.kafka.tools.TopicCommand', ['--bootstrap-server', cluster.bootstrap, '--create', '--topic', topic, '--partitions', '6', '--replication-factor', '3'])
  kcat(['-b', cluster.bootstrap, '-P', '-t', topic], Array.from({ length: 1000 }, (_, i) => `message ${i}`).join('\n') + '\n')
  await overviewBench({ root, bootstrap: cluster.bootstrap, topic })
} finally {
  if (started) await cluster.stop()
}
