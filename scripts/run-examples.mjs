// Runs every runnable example (a file under examples/ whose header has a `Run:` line) with tsx,
// so examples never rot: any non-zero exit fails the run. Output is kept short: the last lines.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : find(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

const runnable = find(join(root, 'examples'))
  .filter((file) =>
    /^\s*(\*|\/\/)\s*Run:/m.test(readFileSync(file, 'utf8').split('\n').slice(0, 40).join('\n')),
  )
  .sort();
let failed = 0;
for (const file of runnable) {
  const started = Date.now();
  const result = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [file], {
    cwd: root,
    encoding: 'utf8',
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    console.log(`ok    ${relative(root, file)} (${seconds} s)`);
  } else {
    failed += 1;
    console.log(`FAIL  ${relative(root, file)} (exit ${result.status})`);
    console.log(`${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-30).join('\n'));
  }
}
console.log(`${runnable.length - failed} examples passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
