import os from 'node:os';

/** One line naming the machine, Node and the date, printed above every table. */
export function describeMachine(): string {
  const cpus = os.cpus();
  return `machine: ${cpus[0]?.model ?? 'unknown cpu'} x ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; node ${process.version}; ${new Date().toISOString()}; load ${os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`;
}

/** The value of `--name=value` on the command line. */
export function argument(name: string): string | undefined {
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
