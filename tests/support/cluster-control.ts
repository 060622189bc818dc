import { LocalCluster } from '../cluster/local-cluster'
import { kafkaVersion } from '../cluster/kafka-dist'

/**
 * The running test cluster, for tests that stop and restart a broker. Null when the run reuses a cluster whose
 * processes this run cannot control (the caller skips, saying so).
 */
export function controllableCluster(): LocalCluster | null {
  const dir = process.env.KAFKA_LAB_TEST_CLUSTER_DIR
  return dir ? new LocalCluster({ version: kafkaVersion(), dataDir: dir }) : null
}

export const NO_CONTROL_REASON = 'the Kafka cluster was started outside this test run, so its brokers cannot be stopped from here'
