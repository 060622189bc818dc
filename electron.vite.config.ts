import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The web host is built beside the Electron main entry: same services, no Electron.
        input: { index: resolve('src/main/index.ts'), server: resolve('src/server/index.ts') },
      },
    },
  },
  preload: {
    // Sandboxed preloads cannot require() packages: bundle everything into one file.
    build: { externalizeDeps: false, rollupOptions: { input: { index: resolve('src/preload/index.ts') } } },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    build: { rollupOptions: { input: { index: resolve('src/renderer/index.html') } } },
  },
})
