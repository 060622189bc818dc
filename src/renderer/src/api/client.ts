import type { Api } from '../../../shared/contract'
import { createWsApi } from './ws-client'

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a browser, where the web host's WebSocket is used instead. */
    api?: Api
  }
}

type HostListener = () => void
const hostListeners = new Set<HostListener>()

/** Lets a store learn that the web host went away (Electron's main cannot go away while the window lives). */
export function onHostLost(listener: HostListener): () => void {
  hostListeners.add(listener)
  return () => hostListeners.delete(listener)
}

let api: Api | null = null

/** The one entry point stores use to reach main; components never call it directly. */
export function client(): Api {
  api ??= window.api ?? createWsApi(() => hostListeners.forEach((l) => l()))
  return api
}
