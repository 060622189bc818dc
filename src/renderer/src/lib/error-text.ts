import type { AppErrorValue, ErrorCode } from '../../../shared/result'

/** One sentence per error code, saying what happened and what to do; the service's detail follows it. */
const SENTENCES: Record<ErrorCode, string> = {
  INVALID_INPUT: 'Some input is not valid.',
  INVALID_BOOTSTRAP: 'The bootstrap servers are not written correctly.',
  NOT_CONNECTED: 'Not connected to a cluster.',
  PROFILE_NOT_FOUND: 'That cluster profile no longer exists.',
  BROKERS_UNREACHABLE: 'Kafka Lab could not reach any broker. Is the cluster running, and are the bootstrap servers right?',
  TIMEOUT: 'The cluster did not answer in time.',
  TOPIC_NOT_FOUND: 'That topic does not exist (it may just have been deleted).',
  LEADER_NOT_AVAILABLE: 'A partition has no leader right now: its brokers are down or electing one.',
  KAFKA_ERROR: 'Kafka refused the request.',
  STREAM_NOT_FOUND: 'That live view has already stopped.',
  UNKNOWN_CHANNEL: 'Kafka Lab does not know that request (the app and its host may be of different versions).',
  FORBIDDEN: 'This page is not allowed to talk to Kafka Lab.',
  HOST_UNAVAILABLE: 'Lost the link to the Kafka Lab host. Start it again and open the URL it prints.',
  INTERNAL: 'Something went wrong inside Kafka Lab.',
}

export function errorTitle(e: AppErrorValue): string {
  return SENTENCES[e.code] ?? SENTENCES.INTERNAL
}

export function errorText(e: AppErrorValue): string {
  return e.message ? `${errorTitle(e)} ${e.message}` : errorTitle(e)
}
