import { jdSuccess } from './jd-mock-envelope';
import { text, wallMs } from './jd-mock-methods';
import type { JdMockShop } from './jd-mock-state';

/** One service order (售后服务单) of the mock shop, in the shape peers report for `jingdong.asc.query.list`. */
export interface JdMockServiceOrder {
  serviceId: number;
  orderId: string;
  skuId: string;
  /** 10 return, 20 exchange, 30 repair (UNVERIFIED meanings, as in the adapter's table). */
  customerExpect: number;
  serviceStatus: number;
  questionDesc: string;
  /** What the buyer paid for the SKU, yuan. */
  actualPayPrice: number;
  /** Epoch ms, as peers read these fields. */
  applyTime: number;
  updateTime: number;
}

type Params = Readonly<Record<string, unknown>>;

const root = 'jingdong_asc_query_list_responce';

/**
 * `jingdong.asc.query.list`: the shop's service orders whose update (or apply) time lies in the
 * window, both ends inclusive to the second, by service id, paged from `pageNumber` 1. `buId`
 * must be the shop's vendor id; a wrong or missing parameter answers a non-zero `code`.
 */
export function queryServiceOrders(shop: JdMockShop, params: Params): Response {
  const failure = (code: string, message: string) =>
    Response.json({ [root]: { code, message, pageResult: null } });
  if (text(params['buId']) !== shop.venderId) return failure('1001', 'buId 与店铺不符');
  if (text(params['operatePin']) === undefined) return failure('1002', '缺少 operatePin');
  const byApply = params['applyTimeBegin'] !== undefined;
  const start = wallMs(byApply ? params['applyTimeBegin'] : params['updateTimeBegin']);
  const end = wallMs(byApply ? params['applyTimeEnd'] : params['updateTimeEnd']);
  if (start === undefined || end === undefined || end < start) return failure('1003', '时间参数错误');
  const pageNumber = Number(text(params['pageNumber']) ?? '1');
  const pageSize = Number(text(params['pageSize']) ?? '10');
  if (
    !Number.isInteger(pageNumber) ||
    pageNumber < 1 ||
    !Number.isInteger(pageSize) ||
    pageSize < 1 ||
    pageSize > 100
  )
    return failure('1004', '分页参数错误');
  const matching = [...shop.services.values()]
    .filter((service) => {
      const at = byApply ? service.applyTime : service.updateTime;
      return at >= start && at <= end + 999;
    })
    .sort((a, b) => a.serviceId - b.serviceId);
  return jdSuccess(root, {
    pageResult: {
      pageNumber,
      pageSize,
      totalCount: matching.length,
      data: matching
        .slice((pageNumber - 1) * pageSize, pageNumber * pageSize)
        .map((service) => ({ ...service })),
    },
  });
}
