import { z } from 'zod';

/** An id: always a string, since platform ids exceed 2^53. */
export const idSchema = z.string().min(1);

/** An ISO 8601 instant in UTC (`2026-11-11T00:00:05.000Z`). */
export const instantSchema = z.iso.datetime({ offset: false });

/**
 * The channel an order came from. A plain string so hosts can add channels; the adapters in
 * this repository use the names in {@link knownChannels}.
 */
export const channelSchema = z.string().min(1);

/** The channel names used by omskit's own adapters. */
export const knownChannels = ['taobao', 'tmall', 'jd', 'pdd', 'douyin'] as const;

/**
 * Platform-only fields, keyed by platform (`platformData.taobao`). A field joins the unified
 * schema once several platforms share it.
 */
export const platformDataSchema = z.record(z.string(), z.unknown());

/** A non-fatal note from mapping: something the mapper could not interpret, kept for a person. */
export const mappingWarningSchema = z.object({
  /** Path of the field in the platform payload. */
  path: z.array(z.union([z.string(), z.number()])),
  /** What was odd about it. */
  message: z.string(),
});

/** A warning produced while mapping a platform payload. */
export type MappingWarning = z.infer<typeof mappingWarningSchema>;
