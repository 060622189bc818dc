import { expect, test } from '@playwright/test'
import { murmur2, partitionForKey, utf8Bytes } from '../../src/shared/kafka/partitioner'
import { checkJson } from '../../src/shared/kafka/json-check'

test('murmur2 matches the vectors of Kafka\'s own UtilsTest', () => {
  const cases: Array<[string, number]> = [
    ['21', -973932308],
    ['foobar', -790332482],
    ['a-little-bit-long-string', -985981536],
    ['a-little-bit-longer-string', -1486304829],
    ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
    ['abc', 479470107],
  ]
  for (const [s, h] of cases) expect(murmur2(utf8Bytes(s)), s).toBe(h)
})

test('UTF-8 encoding of keys is the same as Java\'s String.getBytes(UTF_8)', () => {
  expect(Array.from(utf8Bytes('aé€😀'))).toEqual([0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80])
  expect(partitionForKey('user-1', 1)).toBe(0)
})

test('invalid JSON says where it breaks', () => {
  expect(checkJson('{"a": 1}')).toEqual({ ok: true })
  const r = checkJson('{\n  "a": 1,\n}')
  expect(r.ok).toBe(false)
  if (!r.ok) expect(r.message).toMatch(/^Invalid JSON at line 3, column 1/)
})
