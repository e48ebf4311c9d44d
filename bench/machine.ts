// One line describing where a benchmark ran, printed at the top of every benchmark's output.
import { cpus, totalmem } from 'node:os';

export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const memory = Math.round(totalmem() / 2 ** 30);
  return `machine: ${cpu}, ${cpus().length} cores, ${memory} GiB; Node ${process.version}; ${new Date().toISOString()}`;
}
