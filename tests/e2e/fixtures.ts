import { test as base, expect, type Page } from '@playwright/test'
import { launchWebHost, type RunningWebHost } from '../support/web-host'

/** A web host per worker, and a page opened on it that waited until the app says it is ready. */
export const test = base.extend<{ app: Page }, { webHost: RunningWebHost }>({
  webHost: [
    async ({}, use) => {
      const host = await launchWebHost()
      await use(host)
      await host.stop()
    },
    { scope: 'worker' },
  ],
  app: async ({ page, webHost }, use) => {
    await page.goto(webHost.url)
    await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready')
    await use(page)
  },
})

export { expect }

/** Saves a screenshot with the test output, for people to look at. */
export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true })
}
