import { LocalCluster } from '../cluster/local-cluster'
import { kafkaVersion } from '../cluster/kafka-dist'

export default async function globalTeardown() {
  const dataDir = process.env.KAFKA_LAB_TEST_CLUSTER_STARTED
  if (!dataDir) return
  await new LocalCluster({ version: kafkaVersion(), dataDir }).stop()
}
