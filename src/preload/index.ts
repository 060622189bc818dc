// Sandboxed preload (bundled into one file): exposes the contract as named functions on window.api — never a
// generic invoke/on, so a compromised page cannot reach arbitrary IPC channels.
import { contextBridge, ipcRenderer } from 'electron'
import { batchChannel, buildApi, channelsOf, contract, STREAM_ACK, STREAM_STOP, StreamRouter, type StreamMessage } from '../shared/contract'
import type { Result } from '../shared/result'

const router = new StreamRouter((streamId) => ipcRenderer.send(STREAM_ACK, streamId))

for (const entry of channelsOf()) {
  if (entry.spec.kind === 'stream') {
    ipcRenderer.on(batchChannel(entry.channel), (_event, msg: StreamMessage) => router.deliver(msg))
  }
}

const api = buildApi(
  contract,
  {
    call: (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>,
    start: (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<{ streamId: string }>>,
    stop: async (streamId) => {
      await ipcRenderer.invoke(STREAM_STOP, streamId)
    },
    ack: (streamId) => ipcRenderer.send(STREAM_ACK, streamId),
  },
  router,
)

contextBridge.exposeInMainWorld('api', api)
