/** A value that can travel in `360buy_param_json`. */
export type JdJsonValue = string | number | boolean | null | readonly JdJsonValue[] | JdJsonObject;

/** An object inside `360buy_param_json`; `undefined` members are left out. */
export interface JdJsonObject {
  readonly [key: string]: JdJsonValue | undefined;
}

function write(value: JdJsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item: JdJsonValue) => write(item)).join(',')}]`;
  const object = value as JdJsonObject;
  const parts: string[] = [];
  for (const key of Object.keys(object).sort()) {
    const member = object[key];
    if (member === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${write(member)}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * Serialises the business parameters of a JOS call into the `360buy_param_json` string: compact
 * JSON with object keys in ASCII order at every level, as JD's official SDKs do with a TreeMap.
 * `null` members are kept literally (JD's worked example signs `"end_date":null`).
 */
export function serializeJdParamJson(params: JdJsonObject): string {
  return write(params);
}
