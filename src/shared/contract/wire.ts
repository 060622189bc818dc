import type { AppErrorValue, Result } from '../result'

/**
 * Messages that carry a stream to the renderer, on Electron IPC (`domain:verb:batch`) and on the WebSocket alike.
 * A batch is acknowledged with STREAM_ACK once the client has taken it; main sends at most a few unacknowledged.
 */
export type StreamMessage = { streamId: string; batch: unknown[] } | { streamId: string; end: { error: AppErrorValue | null } }

/** WebSocket frames from the renderer. */
export type ClientFrame =
  | { t: 'call'; id: number; channel: string; input: unknown }
  | { t: 'start'; id: number; channel: string; input: unknown }
  | { t: 'stop'; id: number; streamId: string }
  | { t: 'ack'; streamId: string }

/** WebSocket frames to the renderer. */
export type ServerFrame = { t: 'result'; id: number; result: Result<unknown> } | ({ t: 'stream'; channel: string } & StreamMessage)
