import { expect, test } from '@playwright/test'
import { parseBootstrap } from '../../src/shared/kafka/bootstrap'
import { formatOffset, offsetDiff, offsetSum } from '../../src/shared/kafka/offsets'
import { topicNameProblem } from '../../src/shared/kafka/topic-name'

test.describe('bootstrap servers parsing', () => {
  test('accepts host:port lists, trimming spaces around commas', () => {
    expect(parseBootstrap('127.0.0.1:9092, localhost:9093,kafka-1.example.com:19092')).toEqual({
      ok: true,
      servers: ['127.0.0.1:9092', 'localhost:9093', 'kafka-1.example.com:19092'],
    })
    expect(parseBootstrap('[::1]:9092')).toEqual({ ok: true, servers: ['[::1]:9092'] })
  })

  const bad: Array<[string, RegExp]> = [
    ['', /at least one broker/],
    ['localhost', /has no port/],
    ['127.0.0.1:9092,', /Entry 2 is empty/],
    ['127.0.0.1:99999', /port must be a number from 1 to 65535/],
    ['127.0.0.1:0', /port must be/],
    ['kafka://127.0.0.1:9092', /leave out the scheme/],
    ['127.0.0.1:9092 127.0.0.1:9093', /contains a space/],
    ['bad_host!:9092', /not a valid host name/],
    ['127.0.0.1:abc', /port must be a number/],
  ]
  for (const [input, message] of bad) {
    test(`rejects ${JSON.stringify(input)} with a specific message`, () => {
      const r = parseBootstrap(input)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.message).toMatch(message)
    })
  }
})

test.describe('topic names follow Kafka rules', () => {
  test('legal names pass', () => {
    for (const name of ['mytopic', 'mailbox', 'a.b_c-d', 'x'.repeat(249)]) expect(topicNameProblem(name)).toBeNull()
  })
  test('illegal names say why', () => {
    expect(topicNameProblem('')).toMatch(/empty/)
    expect(topicNameProblem('.')).toMatch(/"\." or "\.\."/)
    expect(topicNameProblem('..')).toMatch(/"\." or "\.\."/)
    expect(topicNameProblem('x'.repeat(250))).toMatch(/at most 249 characters \(this one has 250\)/)
    expect(topicNameProblem('my topic')).toMatch(/" " is not allowed/)
    expect(topicNameProblem('café')).toMatch(/"é" is not allowed/)
  })
})

test.describe('64-bit offsets', () => {
  test('differences and sums stay exact above 2^53', () => {
    expect(offsetDiff('9223372036854775807', '9007199254740993')).toBe('9214364837600034814')
    expect(offsetDiff('5', '7')).toBe('0')
    expect(offsetSum(['9007199254740993', '1'])).toBe('9007199254740994')
  })
  test('formatting groups digits without converting to a number', () => {
    expect(formatOffset('9007199254740993')).toBe('9\u202f007\u202f199\u202f254\u202f740\u202f993')
    expect(formatOffset('12')).toBe('12')
  })
})
