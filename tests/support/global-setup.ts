import type { FullConfig } from '@playwright/test'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { defaultDataDir, LocalCluster } from '../cluster/local-cluster'
import { kafkaVersion } from '../cluster/kafka-dist'

/**
 * Starts a fresh 3-node cluster for the run (Kafka version from KAFKA_VERSION), unless one already answers on
 * 9092-9094 (e.g. `npm run cluster` during development) or the run needs none (KAFKA_LAB_NO_CLUSTER=1: unit only).
 */
export default async function globalSetup(_config: FullConfig) {
  if (process.env.KAFKA_LAB_NO_CLUSTER === '1') return
  const version = kafkaVersion()
  const cluster = new LocalCluster({ version, dataDir: `/tmp/kafka-lab-test-${version}`, fresh: true })
  if (await cluster.isRunning()) {
    if (process.env.KAFKA_LAB_REQUIRE_FRESH_CLUSTER === '1') {
      throw new Error(`something already listens on ${cluster.bootstrap}; this run needs its own Kafka ${version} cluster there (stop the other one: npm run cluster -- stop)`)
    }
    console.log(`[setup] reusing the Kafka cluster already running on ${cluster.bootstrap}`)
    // `npm run cluster` keeps its pid files in the default data dir: tests may stop/start those brokers.
    const devDir = defaultDataDir(version)
    if (existsSync(join(devDir, 'node-1', 'pid'))) process.env.KAFKA_LAB_TEST_CLUSTER_DIR = devDir
    return
  }
  const t0 = Date.now()
  await cluster.start()
  process.env.KAFKA_LAB_TEST_CLUSTER_STARTED = cluster.dataDir
  process.env.KAFKA_LAB_TEST_CLUSTER_DIR = cluster.dataDir
  console.log(`[setup] Apache Kafka ${version}: 3 KRaft nodes up in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
}
