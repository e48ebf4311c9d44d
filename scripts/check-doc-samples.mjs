// Type-checks the code samples of the documentation: every ```ts fenced block in README.md,
// docs/**/*.md and packages/*/README.md becomes its own ES module under
// .artifacts/doc-samples/<pid>/ (top-level await allowed, @omskit/* resolved to the sources through
// the root tsconfig's paths) and tsc checks them all at once. A failure is reported against the
// Markdown file and line of the block. Blocks that are not meant to compile carry another
// language tag (```sh, ```text, ```json). Exit code 1 when any block fails.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// One folder per run, so two checks of one checkout at once (CI and a developer) never clash;
// removed after a clean run, kept for inspection after a failing one.
const outDir = join(root, '.artifacts', 'doc-samples', String(process.pid));

/** Markdown files whose samples are checked. */
function markdownFiles() {
  const found = [join(root, 'README.md')];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'api' && name !== 'node_modules') walk(path);
      } else if (name.endsWith('.md')) found.push(path);
    }
  };
  walk(join(root, 'docs'));
  for (const pkg of readdirSync(join(root, 'packages'))) {
    const readme = join(root, 'packages', pkg, 'README.md');
    try {
      statSync(readme);
      found.push(readme);
    } catch {}
  }
  return found.sort();
}

/**
 * The ```ts blocks of a Markdown text with the 1-based line of their first code line.
 * Shape: { line, code }[].
 */
function extractTsBlocks(text) {
  const lines = text.split('\n');
  const blocks = [];
  let open;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const fence = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (open === undefined) {
      if (fence) open = { marker: fence[1], lang: fence[2], start: index + 2, body: [] };
    } else if (fence && line.trim().startsWith(open.marker) && fence[2] === '') {
      if (open.lang === 'ts' || open.lang === 'typescript')
        blocks.push({ line: open.start, code: open.body.join('\n') });
      open = undefined;
    } else open.body.push(line);
  }
  return blocks;
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const origin = new Map();
let count = 0;
for (const file of markdownFiles()) {
  const blocks = extractTsBlocks(readFileSync(file, 'utf8'));
  const rel = relative(root, file);
  blocks.forEach((block, n) => {
    const name = `${rel.replace(/[^\w]+/g, '_')}__${n + 1}.ts`;
    // `export {}` makes every block a module even without imports, so names never clash.
    writeFileSync(join(outDir, name), `${block.code}\nexport {};\n`);
    origin.set(name, { file: rel, line: block.line });
    count += 1;
  });
}
writeFileSync(
  join(outDir, 'tsconfig.json'),
  JSON.stringify(
    {
      extends: '../../../tsconfig.json',
      compilerOptions: { noEmit: true, noUnusedLocals: false, noUnusedParameters: false },
      include: ['./*.ts'],
    },
    null,
    2,
  ),
);
const tsc = spawnSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(outDir, 'tsconfig.json')], {
  cwd: root,
  encoding: 'utf8',
});
const output = `${tsc.stdout ?? ''}${tsc.stderr ?? ''}`;
// Map ".artifacts/doc-samples/<pid>/<name>.ts(l,c)" back to "<markdown>:<line>".
const mapped = output.replace(
  /(?:\.artifacts\/doc-samples\/\d+\/)?([\w.-]+\.ts)\((\d+),(\d+)\)/g,
  (whole, name, l, c) => {
    const at = origin.get(name);
    return at === undefined ? whole : `${at.file}:${at.line + Number(l) - 1}:${c}`;
  },
);
if (tsc.status !== 0) {
  console.log(mapped.trim());
  console.log(`doc samples: ${count} checked, type errors above`);
  process.exit(1);
}
rmSync(outDir, { recursive: true, force: true });
console.log(`doc samples: ${count} ts blocks type-check`);
