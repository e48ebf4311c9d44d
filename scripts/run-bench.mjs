// `pnpm bench [filter]`: runs every bench/**/*.bench.ts (or those whose path contains the
// filter) one after another with tsx, so they do not compete for the machine's cores.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const filter = process.argv[2] ?? '';

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return find(path);
    return path.endsWith('.bench.ts') ? [path] : [];
  });
}

const files = find(join(root, 'bench'))
  .filter((file) => relative(root, file).includes(filter))
  .sort();
if (files.length === 0) {
  console.error(`no benchmark matches ${JSON.stringify(filter)}`);
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  console.log(`\n### ${relative(root, file)}\n`);
  const result = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['--expose-gc', file], {
    stdio: 'inherit',
    cwd: root,
  });
  if (result.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
