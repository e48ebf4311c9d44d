import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Workspace packages resolve to their sources so tests never need a build first.
const packageAliases = [
  ['@omskit/core/runtime', 'packages/core/src/runtime/index.ts'],
  ['@omskit/core/gateway', 'packages/core/src/gateway/index.ts'],
  ['@omskit/core/testing', 'packages/core/src/testing/index.ts'],
  ['@omskit/core', 'packages/core/src/index.ts'],
  ['@omskit/adapters-taobao/testing', 'packages/adapters-taobao/src/testing/index.ts'],
  ['@omskit/adapters-taobao', 'packages/adapters-taobao/src/index.ts'],
  ['@omskit/adapters-jd/testing', 'packages/adapters-jd/src/testing/index.ts'],
  ['@omskit/adapters-jd', 'packages/adapters-jd/src/index.ts'],
  ['@omskit/adapters-pdd/testing', 'packages/adapters-pdd/src/testing/index.ts'],
  ['@omskit/adapters-pdd', 'packages/adapters-pdd/src/index.ts'],
  ['@omskit/adapters-douyin/testing', 'packages/adapters-douyin/src/testing/index.ts'],
  ['@omskit/adapters-douyin', 'packages/adapters-douyin/src/index.ts'],
  ['@omskit/carriers', 'packages/carriers/src/index.ts'],
  ['@omskit/storage-postgres', 'packages/storage-postgres/src/index.ts'],
] as const;

export default defineConfig({
  resolve: {
    alias: [
      ...packageAliases.map(([find, path]) => ({
        find: new RegExp(`^${find.replace('/', '\\/')}$`),
        replacement: here(path),
      })),
      // Carrier subpaths: @omskit/carriers/sf, /sf/testing, /rate-card, /kpi, ...
      { find: /^@omskit\/carriers\/(.+)$/, replacement: `${here('packages/carriers/src')}/$1/index.ts` },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'tests/**/*.test.ts', 'examples/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.ts'],
      exclude: ['**/*.test.ts', '**/__fixtures__/**'],
      reportsDirectory: 'coverage',
    },
  },
});
