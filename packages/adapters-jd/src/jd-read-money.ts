import { type Money, moneyFromYuan, OmsError } from '@omskit/core';
import { fail, type JdObject, type JdPath, type JdReadContext, optionalText } from './jd-read';

/** An optional yuan amount (JD sends decimal strings such as `"199.00"`). */
export function optionalYuan(
  context: JdReadContext,
  object: JdObject,
  key: string,
  path: JdPath,
): Money | undefined {
  const text = optionalText(context, object, key, path);
  if (text === undefined || text === '') return undefined;
  try {
    return moneyFromYuan(text);
  } catch (error) {
    if (OmsError.is(error))
      fail(context, [...path, key], `not a yuan amount: ${JSON.stringify(text)}`, error);
    throw error;
  }
}

/** A required yuan amount. */
export function requireYuan(context: JdReadContext, object: JdObject, key: string, path: JdPath): Money {
  const money = optionalYuan(context, object, key, path);
  if (money === undefined) fail(context, [...path, key], 'required amount is missing');
  return money;
}
