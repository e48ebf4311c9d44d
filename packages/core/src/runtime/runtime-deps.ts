import type { ChannelAdapter } from '../contracts/channel-adapter';
import type { Clock, DomainEnv, IdGenerator, Logger } from '../contracts/common';
import type { OmsStores } from '../contracts/stores';
import type { EffectHandler, OmsProgressEvent, PipelineStep } from './oms-types';

/** Everything the runtime's parts share, resolved from the options once. */
export interface RuntimeDeps {
  readonly channels: ReadonlyMap<string, ChannelAdapter>;
  readonly stores: OmsStores;
  readonly pipeline: readonly PipelineStep[];
  readonly effects: ReadonlyMap<string, EffectHandler>;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly logger: Logger;
  readonly env: DomainEnv;
  readonly workerId: string;
  readonly overlapMs: number;
  readonly leaseTtlMs: number;
  readonly initialLookbackMs: number;
  readonly settleMs: number;
  readonly effectBackoffMs: number;
  readonly maxBackoffMs: number;
  readonly maxEffectAttempts: number;
  readonly pipelineRecoveryMs: number;
  /** Age after which `done` outbox entries are purged; undefined keeps them. */
  readonly outboxRetentionMs: number | undefined;
  /** This worker's housekeeping state: when it last purged the outbox (epoch ms). */
  readonly housekeeping: { lastPurgeAt: number | undefined };
  readonly progress: (event: OmsProgressEvent) => void;
}
