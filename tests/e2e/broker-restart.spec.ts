import { controllableCluster, NO_CONTROL_REASON } from '../support/cluster-control'
import { expect, shot, test } from './fixtures'

test('a broker that goes away is shown as gone, and the view recovers when it returns', async ({ app }) => {
  const cluster = controllableCluster()
  test.skip(!cluster, NO_CONTROL_REASON)
  test.setTimeout(180_000)
  const status = app.getByRole('status', { name: 'Connection status' })
  const row3 = app.getByRole('table', { name: 'Brokers' }).getByRole('row').filter({ hasText: '127.0.0.1:9094' })
  await expect(status).toHaveText(/3\/3 brokers up/)

  await cluster!.stopNode(3)
  try {
    await expect(row3).toContainText('gone', { timeout: 30_000 })
    await expect(status).toHaveText(/2\/3 brokers up/)
    await shot(app, 'brokers-one-gone')
  } finally {
    await cluster!.startNode(3)
  }
  await expect(row3).toContainText('up', { timeout: 60_000 })
  await expect(status).toHaveText(/3\/3 brokers up/)
})
