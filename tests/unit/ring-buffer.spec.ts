import { expect, test } from '@playwright/test'
import { RingBuffer } from '../../src/renderer/src/lib/ring-buffer'

test('keeps the newest items up to its capacity and counts what it evicted', () => {
  const r = new RingBuffer<number>(3)
  expect(r.push([1, 2])).toBe(0)
  expect(r.push([3, 4, 5])).toBe(2)
  expect([0, 1, 2].map((i) => r.at(i))).toEqual([3, 4, 5])
  expect(r.push([6, 7, 8, 9, 10])).toBe(5) // a batch larger than the ring
  expect([0, 1, 2].map((i) => r.at(i))).toEqual([8, 9, 10])
  expect(r.at(3)).toBeUndefined()
  r.clear()
  expect(r.length).toBe(0)
})
