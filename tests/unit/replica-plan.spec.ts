import { expect, test } from '@playwright/test'
import { planReplicationFactor } from '../../src/shared/kafka/replica-plan'

const load = (a: Array<{ replicas: number[] }>) => {
  const m = new Map<number, number>()
  for (const p of a) for (const r of p.replicas) m.set(r, (m.get(r) ?? 0) + 1)
  return [...m.entries()].sort((x, y) => x[0] - y[0]).map(([, n]) => n)
}

test('raising RF keeps each leader first and spreads new followers evenly', () => {
  const r = planReplicationFactor([0, 1, 2, 3, 4, 5].map((p) => ({ partition: p, leader: (p % 3) + 1, replicas: [(p % 3) + 1] })), [1, 2, 3], 3)
  expect(r.ok).toBe(true)
  if (!r.ok) return
  for (const a of r.assignment) {
    expect(a.replicas[0]).toBe((a.partition % 3) + 1)
    expect(new Set(a.replicas).size).toBe(3)
  }
  expect(load(r.assignment)).toEqual([6, 6, 6])
})

test('lowering RF drops followers only and stays balanced', () => {
  const current = [
    { partition: 0, leader: 3, replicas: [3, 1, 2] },
    { partition: 1, leader: 1, replicas: [1, 2, 3] },
    { partition: 2, leader: 2, replicas: [2, 3, 1] },
  ]
  const r = planReplicationFactor(current, [1, 2, 3], 2)
  expect(r).toEqual({ ok: true, assignment: [{ partition: 0, replicas: [3, 1] }, { partition: 1, replicas: [1, 2] }, { partition: 2, replicas: [2, 3] }] })
})

test('a replica on a dead broker is replaced, a dead leader is not kept', () => {
  const r = planReplicationFactor([{ partition: 0, leader: -1, replicas: [2, 4] }], [1, 2, 3], 2)
  expect(r).toEqual({ ok: true, assignment: [{ partition: 0, replicas: [2, 1] }] })
})

test('more replicas than live brokers is refused with the reason', () => {
  expect(planReplicationFactor([{ partition: 0, leader: 1, replicas: [1] }], [1, 3], 3)).toEqual({ ok: false, message: 'Replication factor 3 needs 3 live brokers; only 2 (1, 3) are up.' })
  expect(planReplicationFactor([], [1], 0)).toMatchObject({ ok: false })
})

test('1 → 3 → 2 ends balanced whatever the greedy order (the case a real cluster produced)', () => {
  const up = planReplicationFactor([{ partition: 0, leader: 3, replicas: [3] }, { partition: 1, leader: 1, replicas: [1] }, { partition: 2, leader: 2, replicas: [2] }], [1, 2, 3], 3)
  if (!up.ok) throw new Error(up.message)
  const down = planReplicationFactor(up.assignment.map((a) => ({ partition: a.partition, leader: a.replicas[0] ?? -1, replicas: a.replicas })), [1, 2, 3], 2)
  if (!down.ok) throw new Error(down.message)
  expect(load(down.assignment)).toEqual([2, 2, 2])
  for (const [i, a] of down.assignment.entries()) expect(a.replicas[0]).toBe(up.assignment[i]?.replicas[0])
})
