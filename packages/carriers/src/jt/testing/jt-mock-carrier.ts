import type { CarrierMockControls } from '@omskit/core/testing';
import { HttpResponse, http, type RequestHandler } from 'msw';
import { createMockCarrierWorld, hours } from '../../testing/mock-carrier-world';
import { field, readForm, tryJson, wallTime } from '../../testing/mock-http';
import { jtBusinessDigest, jtHeaderDigest } from '../jt-digest';

/** Options of {@link createJtMockCarrier}; every one has a default. */
export interface JtMockCarrierOptions {
  apiAccount?: string;
  privateKey?: string;
  customerCode?: string;
  customerPassword?: string;
  /** Base URL the handlers answer (paths are appended). Default: J&T's UAT. */
  baseUrl?: string;
}

/** A mock J&T gateway: msw handlers plus {@link CarrierMockControls}. */
export interface JtMockCarrier extends CarrierMockControls {
  readonly handlers: readonly RequestHandler[];
  readonly apiAccount: string;
  readonly privateKey: string;
  readonly customerCode: string;
  readonly customerPassword: string;
}

const timeline = [
  { afterMs: hours(1), code: '快件揽收', text: '【广州黄埔网点】的快递员已取件', location: '广州市' },
  { afterMs: hours(3), code: '发件扫描', text: '快件离开【广州转运中心】', location: '广州市' },
  { afterMs: hours(22), code: '到件扫描', text: '快件到达【上海转运中心】', location: '上海市' },
  { afterMs: hours(28), code: '出仓扫描', text: '【上海闵行网点】快递员正在派件', location: '上海市' },
  { afterMs: hours(31), code: '快件签收', text: '快件已签收', location: '上海市' },
];

const reply = (data: unknown) => HttpResponse.json({ code: '1', msg: 'success', data });
const refuse = (code: string, msg: string) => HttpResponse.json({ code, msg, data: null });

/**
 * Creates a mock J&T gateway: it checks the header digest and, for orders, the business digest,
 * assigns bill codes (the same one for a repeated `txlogisticId`), refuses to cancel a collected
 * parcel, advances traces over simulated time and injects faults (HTTP 429, HTTP 500). The
 * refusal codes are the mock's own: J&T's are UNVERIFIED.
 */
export function createJtMockCarrier(options: JtMockCarrierOptions = {}): JtMockCarrier {
  const apiAccount = options.apiAccount ?? 'mock-api-account';
  const privateKey = options.privateKey ?? 'mock-private-key';
  const customerCode = options.customerCode ?? 'J0000000001';
  const customerPassword = options.customerPassword ?? 'mock-password';
  const baseUrl = options.baseUrl ?? 'https://uat-openapi.jtexpress.com.cn/webopenplatformapi/api/';
  const world = createMockCarrierWorld({ prefix: 'JT', digits: 13, timeline, unknownCode: '模拟新扫描' });
  const businessDigest = jtBusinessDigest(customerCode, customerPassword, privateKey);
  let seeds = 0;

  const serve = (path: string, biz: unknown): Response => {
    if (path.startsWith('order/') && field(biz, 'digest') !== businessDigest)
      return refuse('MOCK_DIGEST', '业务签名错误');
    switch (path) {
      case 'order/addOrder': {
        const reference = String(field(biz, 'txlogisticId') ?? '');
        const { waybill } = world.create(reference, 1);
        return reply({ billCode: waybill.trackingNumber, txlogisticId: reference, sortingCode: '021-A01' });
      }
      case 'order/cancelOrder': {
        const result = world.cancel(String(field(biz, 'txlogisticId') ?? ''));
        if (result === 'not_found') return refuse('MOCK_NOT_FOUND', '订单不存在');
        if (result === 'collected') return refuse('MOCK_COLLECTED', '已取件，不可取消');
        return reply({ txlogisticId: field(biz, 'txlogisticId') });
      }
      case 'logistics/trace': {
        const billCode = String(field(biz, 'billCodes') ?? '');
        const details = world.events(billCode).map((event) => ({
          scanTime: wallTime(event.atMs),
          desc: event.text,
          scanType: event.code,
          scanNetworkCity: event.location,
        }));
        return reply([{ billCode, details }]);
      }
      default:
        return refuse('MOCK_NO_API', '接口不存在');
    }
  };

  const handler = http.post(`${baseUrl}*`, async ({ request }) => {
    const path = new URL(request.url).pathname.replace(/^.*\/webopenplatformapi\/api\//, '');
    const form = await readForm(request);
    const fault = world.takeFault();
    if (fault !== undefined) {
      world.record(path, false);
      return new HttpResponse(fault, { status: fault === 'throttle' ? 429 : 500 });
    }
    const bizContent = form.get('bizContent') ?? '';
    if (
      request.headers.get('apiAccount') !== apiAccount ||
      request.headers.get('digest') !== jtHeaderDigest(bizContent, privateKey)
    ) {
      world.record(path, false);
      return refuse('MOCK_SIGNATURE', '签名错误');
    }
    world.record(path, true);
    return serve(path, tryJson(bizContent));
  });

  return {
    handlers: [handler],
    apiAccount,
    privateKey,
    customerCode,
    customerPassword,
    now: () => new Date(world.nowMs()).toISOString(),
    advance: world.advance,
    deliveryAfterMs: world.deliveryAfterMs,
    waybill: world.waybill,
    seedWaybill: (reference) => world.create(reference ?? `SEED-${++seeds}`, 1).waybill.trackingNumber,
    appendUnknownEvent: world.appendUnknown,
    injectFaults: world.injectFaults,
    calls: world.calls,
  };
}
