import type { App, Session, Shell, WebContents } from 'electron'

/** Only plain web links leave the app, and they open in the OS browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const u = new URL(url)
    return u.protocol === 'https:' || u.protocol === 'http:'
  } catch {
    return false
  }
}

/**
 * Electron's security checklist, the parts that are not webPreferences: no navigation away from the app, no new
 * windows (http/https links go to the OS browser), every permission request denied.
 */
export function hardenApp(
  app: Pick<App, 'on'>,
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  shell: Pick<Shell, 'openExternal'>,
  isTrustedUrl: (url: string) => boolean,
): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalWebUrl(url)) void shell.openExternal(url)
      return { action: 'deny' }
    })
  })
}
