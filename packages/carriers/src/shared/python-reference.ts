// Test helper: runs a few lines of Python (hashlib, base64) as an independent implementation.
import { execFileSync } from 'node:child_process';

/** True when `python3` runs on this machine. */
export function hasPython(): boolean {
  try {
    execFileSync('python3', ['-c', 'print(1)'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `script` with `cases` (JSON) on stdin and returns its stdout parsed as JSON. The script
 * reads `cases` from `sys.stdin` and prints a JSON list.
 */
export function runPython<T>(script: string, cases: unknown): T {
  const output = execFileSync('python3', ['-c', script], { input: JSON.stringify(cases), encoding: 'utf8' });
  return JSON.parse(output) as T;
}
