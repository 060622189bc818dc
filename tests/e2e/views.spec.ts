import { expect, shot, test } from './fixtures'

const VIEWS = ['Brokers', 'Topics', 'Messages', 'Produce', 'Tail', 'Consumer groups', 'Replication', 'Docker']

for (const scheme of ['light', 'dark'] as const) {
  test(`every view has a heading and a screenshot (${scheme} theme follows the OS)`, async ({ page, webHost }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto(webHost.url)
    await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready')
    await expect(page.getByRole('status', { name: 'Connection status' })).toHaveText(/Connected/)
    const nav = page.getByRole('navigation', { name: 'Main' })
    for (const name of VIEWS) {
      await nav.getByRole('button', { name }).click()
      await expect(nav.getByRole('button', { name })).toHaveAttribute('aria-current', 'page')
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
      await shot(page, `${scheme}-${name.toLowerCase().replace(/ /g, '-')}`)
    }
    await nav.getByRole('button', { name: 'Clusters' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Clusters' })).toBeVisible()
    await shot(page, `${scheme}-clusters`)
  })
}

test('the token is removed from the address bar, and a reload still works (cookie)', async ({ app, webHost }) => {
  expect(app.url()).toBe(`${webHost.origin}/`)
  await app.reload()
  await expect(app.locator('#root')).toHaveAttribute('data-app-state', 'ready')
  await expect(app.getByRole('status', { name: 'Connection status' })).toHaveText(/Connected/)
})
