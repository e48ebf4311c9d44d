import { defineConfig } from 'tsup';

const carriers = ['sf', 'zto', 'jt', 'yto', 'kuaidi100'];

export default defineConfig({
  entry: [
    'src/index.ts',
    'src/rate-card/index.ts',
    'src/kpi/index.ts',
    ...carriers.flatMap((carrier) => [`src/${carrier}/index.ts`, `src/${carrier}/testing/index.ts`]),
  ],
  format: ['esm'],
  dts: { compilerOptions: { composite: false } },
  tsconfig: 'tsconfig.build.json',
  clean: true,
  sourcemap: true,
  target: 'node22',
});
