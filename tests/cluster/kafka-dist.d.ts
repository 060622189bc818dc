export const DEFAULT_KAFKA_VERSION: string
export const SMOKE_KAFKA_VERSION: string
export function kafkaVersion(): string
export function ensureKafka(version?: string): { dir: string; libs: string; version: string }
export function runKafkaTool(mainClass: string, args: string[], opts?: { version?: string; input?: string; timeoutMs?: number }): string
