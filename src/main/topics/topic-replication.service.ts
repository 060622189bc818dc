import Encoder from 'kafkajs/src/protocol/encoder'
import cancelResponse from 'kafkajs/src/protocol/requests/alterPartitionReassignments/v0/response'
import type { ReassignmentProgress, ReplicationPlan } from '../../shared/contract'
import { planReplicationFactor } from '../../shared/kafka/replica-plan'
import { AppError } from '../rpc/app-error'
import type { KafkaConnection } from '../kafka/connection-registry'
import { withAdmin } from '../kafka/with-admin'
import { liveBrokerIds, refuseInternal, topicPartitions } from './topic-guards'

export async function planReplication(conn: KafkaConnection, topic: string, replicationFactor: number): Promise<ReplicationPlan> {
  {
    const [partitions, live] = await Promise.all([topicPartitions(conn, topic), liveBrokerIds(conn)])
    const plan = planReplicationFactor(partitions.map((p) => ({ partition: p.partitionId, leader: p.leader, replicas: p.replicas })), live, replicationFactor)
    if (!plan.ok) throw new AppError('INVALID_INPUT', plan.message)
    return {
      topic,
      currentReplicationFactor: Math.max(...partitions.map((p) => p.replicas.length)),
      replicationFactor,
      current: partitions.map((p) => ({ partition: p.partitionId, replicas: p.replicas })),
      assignment: plan.assignment,
    }
  }
}

/** Applies the plan with AlterPartitionReassignments; Kafka copies the data, then drops removed replicas. */
export async function changeReplication(conn: KafkaConnection, topic: string, replicationFactor: number): Promise<ReplicationPlan> {
  refuseInternal(topic, 're-replicated')
  const plan = await planReplication(conn, topic, replicationFactor)
  const changed = plan.assignment.filter((a) => a.replicas.join() !== plan.current.find((c) => c.partition === a.partition)?.replicas.join())
  if (changed.length === 0) return plan
  await withAdmin(conn, `Reassigning ${topic}`, (admin) => admin.alterPartitionReassignments({ topics: [{ topic, partitionAssignment: changed }], timeout: 10_000 }))
  return plan
}

export async function reassignmentProgress(conn: KafkaConnection, topic: string): Promise<ReassignmentProgress[]> {
  const partitions = await topicPartitions(conn, topic)
  return withAdmin(conn, `Reading reassignments of ${topic}`, async (admin) => {
    const { topics } = await admin.listPartitionReassignments({ topics: [{ topic, partitions: partitions.map((p) => p.partitionId) }], timeout: 10_000 })
    // kafkajs's typings say topic/partitionIndex; the decoded response really carries name/partition.
    const raw = topics as unknown as Array<{ name: string; partitions: Array<{ partition: number; replicas: number[]; addingReplicas?: number[]; removingReplicas?: number[] }> }>
    return (raw.find((t) => t.name === topic)?.partitions ?? []).map((p) => ({
      partition: p.partition,
      replicas: p.replicas,
      adding: p.addingReplicas ?? [],
      removing: p.removingReplicas ?? [],
    }))
  })
}

/**
 * Cancels by sending null replicas for each partition in reassignment — kafkajs's alterPartitionReassignments
 * refuses null, so this one request is encoded here (AlterPartitionReassignments v0, KIP-455).
 */
export async function cancelReassignment(conn: KafkaConnection, topic: string): Promise<null> {
  const running = await reassignmentProgress(conn, topic)
  if (running.length === 0) throw new AppError('INVALID_INPUT', `No reassignment of ${topic} is running.`)
  const cluster = await conn.cluster()
  await cluster.refreshMetadata()
  const broker = await cluster.findControllerBroker()
  const request = {
    apiKey: 45,
    apiVersion: 0,
    apiName: 'AlterPartitionReassignments',
    encode: async () =>
      new Encoder()
        .writeUVarIntBytes()
        .writeInt32(10_000)
        .writeUVarIntArray([
          new Encoder()
            .writeUVarIntString(topic)
            .writeUVarIntArray(running.map((p) => new Encoder().writeInt32(p.partition).writeUVarInt(0).writeUVarIntBytes()))
            .writeUVarIntBytes(),
        ])
        .writeUVarIntBytes(),
  }
  await broker.connectionPool.send({ request, response: cancelResponse })
  return null
}
