import { expect, test } from '@playwright/test'
import { toCsv, toJsonLines } from '../../src/renderer/src/lib/export-messages'
import type { KafkaMessage } from '../../src/shared/contract'

const b64 = (b: string | Buffer) => Buffer.from(b).toString('base64')
const messages: KafkaMessage[] = [
  { partition: 0, offset: '9007199254740993', timestamp: '1700000000123', key: b64('k,1'), value: b64('say "hi"\nbye'), headers: [{ key: 'h', value: b64('v') }] },
  { partition: 1, offset: '5', timestamp: '1700000000124', key: null, value: b64(Buffer.from([0xff, 0x00])), headers: [] },
  { partition: 2, offset: '6', timestamp: '1700000000125', key: b64('tomb'), value: null, headers: [] },
]

test('JSON lines keep every byte (base64) and the text where it is UTF-8; offsets stay exact strings', () => {
  const lines = toJsonLines(messages).split('\n').map((l) => JSON.parse(l))
  expect(lines[0]).toMatchObject({ offset: '9007199254740993', key: 'k,1', value: 'say "hi"\nbye', headers: [{ key: 'h', value: 'v', valueBase64: b64('v') }] })
  expect(lines[1]).toMatchObject({ key: null, value: null, valueBase64: b64(Buffer.from([0xff, 0x00])) })
  expect(lines[2]).toMatchObject({ value: null, valueBase64: null })
})

test('CSV quotes what needs quoting and marks non-UTF-8 bytes as base64', () => {
  expect(toCsv(messages).split('\r\n')).toEqual([
    'partition,offset,timestamp,key,value,headers',
    '0,9007199254740993,1700000000123,"k,1","say ""hi""\nbye",h=v',
    `1,5,1700000000124,,base64:${b64(Buffer.from([0xff, 0x00]))},`,
    '2,6,1700000000125,tomb,,',
  ])
})
