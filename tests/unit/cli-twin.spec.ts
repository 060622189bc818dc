import { expect, test } from '@playwright/test'
import { cli, cliTwinText } from '../../src/shared/kafka/cli-twin'

const B = '127.0.0.1:9092,127.0.0.1:9093'

test('create and alter commands are ready to paste, values quoted only when needed', () => {
  expect(cliTwinText(cli.createTopic(B, { name: 'mailbox', partitions: 1, replicationFactor: 3, configs: { 'min.insync.replicas': '2' } }))).toBe(
    'kafka-topics --bootstrap-server 127.0.0.1:9092,127.0.0.1:9093 --create --topic mailbox --partitions 1 --replication-factor 3 --config min.insync.replicas=2',
  )
  // kafka-configs separates entries with commas, so a list value goes in [ ]
  expect(cliTwinText(cli.alterConfigs(B, 't', { 'cleanup.policy': 'compact,delete', 'retention.ms': '1000' }, ['segment.ms']))).toBe(
    "kafka-configs --bootstrap-server 127.0.0.1:9092,127.0.0.1:9093 --alter --entity-type topics --entity-name t --add-config 'cleanup.policy=[compact,delete],retention.ms=1000' --delete-config segment.ms",
  )
})

test('reassignment and record deletion write their JSON file with a heredoc first', () => {
  const text = cliTwinText(cli.reassign(B, 'mailbox', [{ partition: 0, replicas: [2, 1, 3] }, { partition: 1, replicas: [3, 2, 1] }]))
  expect(text).toBe(
    [
      "cat > reassign.json <<'EOF'",
      '{"version":1,"partitions":[',
      '  {"topic":"mailbox","partition":0,"replicas":[2,1,3]},',
      '  {"topic":"mailbox","partition":1,"replicas":[3,2,1]}',
      ']}',
      'EOF',
      'kafka-reassign-partitions --bootstrap-server 127.0.0.1:9092,127.0.0.1:9093 --reassignment-json-file reassign.json --execute',
    ].join('\n'),
  )
  const del = cli.deleteRecords(B, 't', [{ partition: 0, offset: '5' }])
  expect(JSON.parse(del.files[0]?.content ?? '')).toEqual({ version: 1, partitions: [{ topic: 't', partition: 0, offset: 5 }] })
})
