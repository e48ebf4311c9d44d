import type { PushRequest } from '@omskit/core';
import type { CarrierMockControls } from '@omskit/core/testing';
import { HttpResponse, http, type RequestHandler } from 'msw';
import { createMockCarrierWorld, hours } from '../../testing/mock-carrier-world';
import { field, tryJson, wallTime } from '../../testing/mock-http';
import { ztoDataDigest } from '../zto-data-digest';

/** Options of {@link createZtoMockCarrier}; every one has a default. */
export interface ZtoMockCarrierOptions {
  appKey?: string;
  appSecret?: string;
  /** Base URL the handlers answer (API names are appended). Default: ZTO's sandbox. */
  baseUrl?: string;
}

/** A mock ZTO gateway: msw handlers plus {@link CarrierMockControls}. */
export interface ZtoMockCarrier extends CarrierMockControls {
  readonly handlers: readonly RequestHandler[];
  readonly appKey: string;
  readonly appSecret: string;
  readonly baseUrl: string;
  /** Bill codes subscribed so far. */
  subscriptions(): string[];
  signedTrackingPush(trackingNumber: string): PushRequest;
  forgedTrackingPush(trackingNumber: string): PushRequest;
}

const timeline = [
  { afterMs: hours(1), code: 'GOT', text: '【广州黄埔】的业务员已揽收', location: '广州市' },
  {
    afterMs: hours(3),
    code: 'DEPARTURE',
    text: '快件离开【广州中心】已发往【上海中心】',
    location: '广州市',
  },
  { afterMs: hours(22), code: 'ARRIVAL', text: '快件已到达【上海中心】', location: '上海市' },
  { afterMs: hours(28), code: 'DISPATCH', text: '【上海闵行】的业务员正在派件', location: '上海市' },
  { afterMs: hours(31), code: 'SIGNED', text: '快件已签收', location: '上海市' },
];

const reply = (result: unknown) =>
  HttpResponse.json({ status: true, statusCode: '0000', message: '成功', result });
const refuse = (statusCode: string, message: string) =>
  HttpResponse.json({ status: false, statusCode, message, result: null });

/**
 * Creates a mock ZTO gateway: it checks `x-appKey` and `x-dataDigest` (S211 on a bad digest),
 * assigns bill codes, returns the same bill for a repeated `partnerOrderCode`, refuses to cancel
 * a collected parcel, advances traces over simulated time, signs trace pushes and injects faults
 * (S206 throttling, HTTP 500).
 */
export function createZtoMockCarrier(options: ZtoMockCarrierOptions = {}): ZtoMockCarrier {
  const appKey = options.appKey ?? 'mock-app-key';
  const appSecret = options.appSecret ?? 'mock-app-secret';
  const baseUrl = options.baseUrl ?? 'https://japi-test.zto.com/';
  const world = createMockCarrierWorld({ prefix: '7310', digits: 10, timeline, unknownCode: 'MOCK_UNKNOWN' });
  let seeds = 0;
  const subscribed: string[] = [];

  const trace = (
    trackingNumber: string,
    event: { code: string; text: string; location: string; atMs: number },
  ) => ({
    billCode: trackingNumber,
    action: event.code,
    actionTime: wallTime(event.atMs),
    desc: event.text,
    city: event.location,
    facilityName: `${event.location}网点`,
  });

  const serve = (apiName: string, body: unknown): Response => {
    switch (apiName) {
      case 'zto.open.createOrder': {
        const reference = String(field(body, 'partnerOrderCode') ?? '');
        if (reference === '') return refuse('S208', '必填参数为空');
        const { waybill } = world.create(reference, 1);
        return reply({
          billCode: waybill.trackingNumber,
          orderCode: `ORD${waybill.trackingNumber}`,
          siteCode: '02100',
          siteName: '上海',
          partnerOrderCode: reference,
          bigMarkInfo: { mark: '300- H12 09', bagAddr: '沪西' },
        });
      }
      case 'zto.merchant.waybill.track.query': {
        const billCode = String(field(body, 'billCode') ?? '');
        return reply(world.events(billCode).map((event) => trace(billCode, event)));
      }
      case 'zto.merchant.waybill.track.subsrcibe': {
        const billCode = String(field(body, 'billCode') ?? '');
        if (!/^\d{4}$/.test(String(field(body, 'mobilePhone') ?? ''))) return refuse('S208', '必填参数为空');
        subscribed.push(billCode);
        return HttpResponse.json({ result: null, message: '操作成功', statusCode: 'SYS000', status: true });
      }
      case 'zto.open.cancelPreOrder': {
        const result = world.cancel(String(field(body, 'billCode') ?? ''));
        if (result === 'not_found') return refuse('NOT_FOUND', '订单不存在');
        if (result === 'collected') return refuse('CANCEL_REFUSED', '已揽收，不可取消');
        return HttpResponse.json({ status: true, statusCode: 'SYS000', message: '请求成功', result: {} });
      }
      default:
        return refuse('S207', 'API不存在');
    }
  };

  const handler = http.post(`${baseUrl}:apiName`, async ({ request, params }) => {
    const apiName = String(params['apiName'] ?? '');
    const text = await request.text();
    const fault = world.takeFault();
    if (fault === 'server_error') {
      world.record(apiName, false);
      return new HttpResponse('Internal Server Error', { status: 500 });
    }
    if (fault === 'throttle') {
      world.record(apiName, false);
      return refuse('S206', 'qos limit');
    }
    if (
      request.headers.get('x-appKey') !== appKey ||
      request.headers.get('x-dataDigest') !== ztoDataDigest(text, appSecret)
    ) {
      world.record(apiName, false);
      return refuse('S211', '签名错误');
    }
    world.record(apiName, true);
    return serve(apiName, tryJson(text));
  });

  const push = (trackingNumber: string, secret: string): PushRequest => {
    const latest = world.events(trackingNumber).at(-1);
    const data = JSON.stringify(
      latest === undefined ? { billCode: trackingNumber } : trace(trackingNumber, latest),
    );
    const body = new URLSearchParams({
      data,
      data_digest: ztoDataDigest(data, secret),
      company_id: appKey,
      msg_type: 'Traces',
    });
    return {
      method: 'POST',
      url: 'https://host.example/carriers/zto/push',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    };
  };

  return {
    handlers: [handler],
    appKey,
    appSecret,
    baseUrl,
    subscriptions: () => [...subscribed],
    now: () => new Date(world.nowMs()).toISOString(),
    advance: world.advance,
    deliveryAfterMs: world.deliveryAfterMs,
    waybill: world.waybill,
    seedWaybill: (reference) => world.create(reference ?? `SEED-${++seeds}`, 1).waybill.trackingNumber,
    appendUnknownEvent: world.appendUnknown,
    injectFaults: world.injectFaults,
    calls: world.calls,
    signedTrackingPush: (trackingNumber) => push(trackingNumber, appSecret),
    forgedTrackingPush: (trackingNumber) => push(trackingNumber, `${appSecret}x`),
  };
}
