import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain Node scripts (the cluster harness is CommonJS so Playwright and `npm run cluster` share it).
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Playwright fixtures declare their dependencies with an (empty) destructuring pattern.
    files: ['tests/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // The contract runs in every process: no Electron, no Node built-ins, no DOM (tsconfig.shared.json checks DOM).
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'src/shared must not import Electron.' },
          { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'net', 'child_process', 'events', 'stream', 'url', 'util'], message: 'src/shared must not import Node built-ins.' },
          { group: ['react', 'react-dom', 'react-dom/*', 'zustand'], message: 'src/shared must not depend on the UI.' },
          { group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/server/**'], message: 'src/shared depends on nothing else in src.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['src/renderer/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/main/**', '**/server/**', '**/preload/**'], message: 'The renderer reaches main only through the contract (window.api).' },
          { group: ['electron', 'electron/*', 'node:*', 'kafkajs', 'ws', 'dockerode'], message: 'The renderer runs sandboxed: no Electron, Node or Kafka clients.' },
        ],
      }],
    },
  },
  {
    // Components and views never call window.api: they go through a store, which uses src/renderer/api.
    files: ['src/renderer/**'],
    ignores: ['src/renderer/src/api/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'window', property: 'api', message: 'Use a store action; only src/renderer/src/api talks to window.api.' }],
    },
  },
  {
    // Main-process services know nothing of Electron; only the shell and the IPC transport do.
    files: ['src/main/**', 'src/server/**'],
    ignores: ['src/main/index.ts', 'src/main/shell/**', 'src/main/transports/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron'], message: 'Services must not import Electron: put it in src/main/shell or transports.' }] }],
    },
  },
)
