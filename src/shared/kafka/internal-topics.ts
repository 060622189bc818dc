/**
 * Kafka's internal topics. The Metadata response flags them, but kafkajs's admin drops that flag, so the names
 * the brokers reserve are listed here (KIP-932 added __share_group_state in 4.x).
 */
const INTERNAL_TOPICS = new Set(['__consumer_offsets', '__transaction_state', '__share_group_state', '__remote_log_metadata'])

export const isInternalTopic = (name: string): boolean => INTERNAL_TOPICS.has(name)
