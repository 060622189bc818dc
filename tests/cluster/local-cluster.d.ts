export const NODE_IDS: number[]
export const BOOTSTRAP: string
export function clientPort(id: number): number
export function portOpen(port: number): Promise<boolean>
export class LocalCluster {
  constructor(opts?: { version?: string; dataDir?: string; heapMb?: number; fresh?: boolean })
  version: string
  dataDir: string
  bootstrap: string
  start(opts?: { timeoutMs?: number }): Promise<this>
  stop(): Promise<void>
  startNode(id: number, opts?: { timeoutMs?: number }): Promise<void>
  stopNode(id: number, opts?: { signal?: NodeJS.Signals; timeoutMs?: number }): Promise<void>
  isRunning(): Promise<boolean>
}
export function defaultDataDir(version?: string): string
