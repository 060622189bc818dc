/**
 * Plans a new replica list per partition for a target replication factor, balanced across the live brokers.
 * Current replicas are kept where possible and the current leader stays first (the preferred leader), so raising
 * the factor only adds followers and lowering it only drops followers.
 */
export interface PartitionReplicas {
  partition: number
  leader: number
  replicas: number[]
}

export type ReplicaPlan = { ok: true; assignment: Array<{ partition: number; replicas: number[] }> } | { ok: false; message: string }

export function planReplicationFactor(partitions: PartitionReplicas[], liveBrokers: number[], target: number): ReplicaPlan {
  const live = [...new Set(liveBrokers)].sort((a, b) => a - b)
  if (!Number.isInteger(target) || target < 1) return { ok: false, message: 'The replication factor must be at least 1.' }
  if (target > live.length) {
    return { ok: false, message: `Replication factor ${target} needs ${target} live brokers; only ${live.length} (${live.join(', ')}) are up.` }
  }
  const sorted = [...partitions].sort((a, b) => a.partition - b.partition)
  // Load of the plan being built: every live leader stays, so leaders are counted first.
  const load = new Map(live.map((b) => [b, 0]))
  const bump = (b: number) => load.set(b, (load.get(b) ?? 0) + 1)
  for (const p of sorted) if (load.has(p.leader)) bump(p.leader)
  const leastLoaded = (candidates: number[]) =>
    candidates.reduce<number | undefined>((best, b) => (best === undefined || (load.get(b) ?? 0) < (load.get(best) ?? 0) ? b : best), undefined)

  const assignment = sorted.map((p) => {
    const replicas = load.has(p.leader) ? [p.leader] : []
    // Current followers first (no data to copy), least loaded first; then other live brokers, lowest id on ties.
    const followers = p.replicas.filter((r) => r !== p.leader && load.has(r))
    const others = live.filter((b) => !p.replicas.includes(b))
    for (const pool of [followers, others]) {
      while (replicas.length < target) {
        const next = leastLoaded(pool.filter((b) => !replicas.includes(b)))
        if (next === undefined) break
        replicas.push(next)
        bump(next)
      }
    }
    return { partition: p.partition, replicas }
  })
  rebalance(sorted, assignment, live, load)
  return { ok: true, assignment }
}

/**
 * Greedy choices can leave one broker two replicas ahead of another. Swap a follower on a heavier broker for a
 * lighter one while that narrows the gap — only for another current replica (no data to copy) or when the
 * follower was newly added anyway. Terminates: each swap lowers the sum of squared loads.
 */
function rebalance(current: PartitionReplicas[], assignment: Array<{ partition: number; replicas: number[] }>, live: number[], load: Map<number, number>): void {
  let improved = true
  while (improved) {
    improved = false
    for (const [i, a] of assignment.entries()) {
      const cur = current[i]
      if (!cur) continue
      for (const [j, x] of a.replicas.entries()) {
        if (x === cur.leader) continue
        const options = live.filter((y) => !a.replicas.includes(y) && (cur.replicas.includes(y) || !cur.replicas.includes(x)))
        const y = options.sort((m, n) => (load.get(m) ?? 0) - (load.get(n) ?? 0) || m - n)[0]
        if (y === undefined || (load.get(x) ?? 0) <= (load.get(y) ?? 0) + 1) continue
        a.replicas[j] = y
        load.set(x, (load.get(x) ?? 0) - 1)
        load.set(y, (load.get(y) ?? 0) + 1)
        improved = true
      }
    }
  }
}
