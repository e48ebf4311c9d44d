import { jdSuccess } from './jd-mock-envelope';
import type { JdMockShop } from './jd-mock-state';

type Params = Readonly<Record<string, unknown>>;

const root = 'jingdong_jos_order_oaid_decrypt_responce';

/** Orders per call the mock accepts (JD's own limit is not in the reference). */
export const jdMockDecryptLimit = 20;

/** The made-up plain receiver of a mock order: what decryption reveals. Nobody real. */
function plainReceiver(orderId: string, consignee: Readonly<Record<string, unknown>>) {
  const masked = typeof consignee['fullAddress'] === 'string' ? consignee['fullAddress'] : '';
  return {
    customerName: `测试买家${orderId.slice(-4)}`,
    consMobilePhone: `138${orderId.slice(-8).padStart(8, '0')}`,
    address: masked.replace('**', String(Number(orderId.slice(-3)) + 1)),
  };
}

/**
 * `jingdong.jos.order.oaid.decrypt`: `getReceiverInfoListReqVO.orderInfos[{orderId, oaid}]` of
 * this shop's orders, answered in `returnType.data` for every pair that matches (others are left
 * out). A missing `appName` or `scenesType`, or more than {@link jdMockDecryptLimit} orders,
 * answers a non-zero `returnType.code`.
 */
export function decryptReceivers(shop: JdMockShop, params: Params): Response {
  const request = params['getReceiverInfoListReqVO'] as Params | undefined;
  const failure = (code: number, message: string) =>
    jdSuccess(root, { returnType: { code, message, requestId: 'mock', data: null } });
  if (request === undefined || typeof request !== 'object')
    return failure(400, '缺少 getReceiverInfoListReqVO');
  if (typeof request['appName'] !== 'string' || request['appName'] === '')
    return failure(401, '缺少 appName');
  if (typeof request['scenesType'] !== 'string' || request['scenesType'] === '')
    return failure(402, '缺少 scenesType');
  const infos = request['orderInfos'];
  if (!Array.isArray(infos) || infos.length === 0 || infos.length > jdMockDecryptLimit)
    return failure(403, `orderInfos 数量须为 1-${jdMockDecryptLimit}`);
  const data = [];
  for (const info of infos as Params[]) {
    const orderId = String(info['orderId']);
    const row = shop.orders.get(orderId);
    const consignee = row?.raw['consigneeInfo'] as Readonly<Record<string, unknown>> | undefined;
    if (consignee === undefined || consignee['oaid'] !== info['oaid']) continue;
    data.push({
      orderId: Number(orderId),
      oaid: info['oaid'],
      privacyProtection: false,
      ...plainReceiver(orderId, consignee),
    });
  }
  return jdSuccess(root, { returnType: { code: 0, message: 'success', requestId: 'mock', data } });
}
