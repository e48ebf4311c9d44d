import { createHash } from 'node:crypto';
import type { OmsError } from '../errors/oms-error';
import type { RuntimeDeps } from './runtime-deps';

/**
 * Keeps a payload that did not map, with the error, for a person. The id is derived from the
 * source, the platform id and the payload's content, so the same bad payload seen again (an
 * overlapping window, a redelivered push) is kept once.
 */
export async function quarantinePayload(
  deps: Pick<RuntimeDeps, 'stores' | 'clock' | 'progress'>,
  source: string,
  platformId: string | undefined,
  error: OmsError,
  raw: unknown,
): Promise<void> {
  const digest = createHash('sha256').update(describeRaw(raw)).digest('hex').slice(0, 16);
  await deps.stores.quarantine.put({
    id: `${source}:${platformId ?? 'unknown'}:${digest}`,
    source,
    ...(platformId === undefined ? {} : { platformId }),
    error: {
      code: error.code,
      message: error.message,
      ...(error.path === undefined ? {} : { path: error.path }),
    },
    raw,
    at: new Date(deps.clock.now()).toISOString(),
  });
  deps.progress({
    type: 'payload-quarantined',
    source,
    ...(platformId === undefined ? {} : { platformId }),
    code: error.code,
  });
}

function describeRaw(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  try {
    return JSON.stringify(raw) ?? 'undefined';
  } catch {
    // Circular or bigint-bearing values still need a stable id; their text form is enough.
    return String(raw);
  }
}
