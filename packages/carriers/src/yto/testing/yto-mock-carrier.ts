import type { PushRequest } from '@omskit/core';
import type { CarrierMockControls } from '@omskit/core/testing';
import { HttpResponse, http, type RequestHandler } from 'msw';
import { createMockCarrierWorld, hours } from '../../testing/mock-carrier-world';
import { field, tryJson, wallTime } from '../../testing/mock-http';
import { ytoPushDigest, ytoSign } from '../yto-sign';

/** Options of {@link createYtoMockCarrier}; every one has a default. */
export interface YtoMockCarrierOptions {
  secret?: string;
  pathSuffix?: string;
  /** Gateway root. Default: YTO's UAT root. */
  baseUrl?: string;
  /** API names the mock serves for orders (mock-only defaults). */
  createOrder?: string;
  cancelOrder?: string;
}

/** A mock YTO gateway: msw handlers plus {@link CarrierMockControls}. */
export interface YtoMockCarrier extends CarrierMockControls {
  readonly handlers: readonly RequestHandler[];
  readonly secret: string;
  readonly pathSuffix: string;
  readonly createOrder: string;
  readonly cancelOrder: string;
  signedTrackingPush(trackingNumber: string): PushRequest;
  forgedTrackingPush(trackingNumber: string): PushRequest;
}

const timeline = [
  { afterMs: hours(1), code: 'GOT', text: '【广东省广州市黄埔区公司】 已收件', location: '广州市' },
  { afterMs: hours(3), code: 'DEPARTURE', text: '【广州转运中心】 已发出', location: '广州市' },
  { afterMs: hours(22), code: 'ARRIVAL', text: '【上海转运中心】 已收入', location: '上海市' },
  { afterMs: hours(28), code: 'SENT_SCAN', text: '【上海市闵行区公司】 派件中', location: '上海市' },
  { afterMs: hours(31), code: 'SIGNED', text: '客户 签收人: 本人 已签收', location: '上海市' },
];

/**
 * Creates a mock YTO open gateway: it checks `sign` (YTO's sign over param + apiName + v1 +
 * secret), serves the trace query and (under mock-only API names, since YTO's are UNVERIFIED)
 * order creation and cancelling, advances traces over simulated time, signs `UpdateInfo` pushes
 * and injects faults (HTTP 429, HTTP 500).
 */
export function createYtoMockCarrier(options: YtoMockCarrierOptions = {}): YtoMockCarrier {
  const secret = options.secret ?? 'mock-yto-secret';
  const pathSuffix = options.pathSuffix ?? 'MOCK/TEST';
  const baseUrl = options.baseUrl ?? 'https://openuat.yto56.com.cn:6443/open/';
  const createOrder = options.createOrder ?? 'mock_create_order';
  const cancelOrder = options.cancelOrder ?? 'mock_cancel_order';
  const world = createMockCarrierWorld({
    prefix: 'YT',
    digits: 13,
    timeline,
    unknownCode: 'MOCK_NEW_STATUS',
  });
  let seeds = 0;
  const refuse = (code: string, message: string) => HttpResponse.json({ success: false, code, message });

  const serve = (apiName: string, param: unknown): Response => {
    if (apiName === 'track_query_adapter') {
      const number = String(field(param, 'Number') ?? '');
      return HttpResponse.json(
        world.events(number).map((event) => ({
          waybill_No: number,
          upload_Time: wallTime(event.atMs),
          infoContent: event.code,
          processInfo: event.text,
          city: event.location,
        })),
      );
    }
    if (apiName === createOrder) {
      const { waybill } = world.create(String(field(param, 'logisticsNo') ?? ''), 1);
      return HttpResponse.json({
        success: true,
        code: '0',
        mailNo: waybill.trackingNumber,
        logisticsNo: waybill.reference,
      });
    }
    if (apiName === cancelOrder) {
      const result = world.cancel(String(field(param, 'logisticsNo') ?? ''));
      if (result !== 'ok') return refuse('MOCK_CANCEL', result);
      return HttpResponse.json({ success: true, code: '0' });
    }
    return refuse('MOCK_NO_API', 'no such api');
  };

  const handler = http.post(`${baseUrl}:apiName/v1/*`, async ({ request, params }) => {
    const apiName = String(params['apiName'] ?? '');
    const fault = world.takeFault();
    if (fault !== undefined) {
      world.record(apiName, false);
      return new HttpResponse(fault, { status: fault === 'throttle' ? 429 : 500 });
    }
    const body = tryJson(await request.text());
    const paramText = String(field(body, 'param') ?? '');
    const suffix = new URL(request.url).pathname.split('/v1/')[1];
    if (suffix !== pathSuffix || field(body, 'sign') !== ytoSign(paramText, apiName, 'v1', secret)) {
      world.record(apiName, false);
      return refuse('MOCK_SIGN', '签名错误');
    }
    world.record(apiName, true);
    return serve(apiName, tryJson(paramText));
  });

  const push = (trackingNumber: string, pushSecret: string): PushRequest => {
    const latest = world.events(trackingNumber).at(-1);
    const reference = world.waybill(trackingNumber)?.reference ?? '';
    const xml = `<UpdateInfo><logisticProviderID>YTO</logisticProviderID><txLogisticID>${reference}</txLogisticID><mailNo>${trackingNumber}</mailNo><infoType>STATUS</infoType><infoContent>${latest?.code ?? 'GOT'}</infoContent><acceptTime>${wallTime(latest?.atMs ?? world.nowMs())}</acceptTime><remark>${latest?.text ?? ''}</remark><city>${latest?.location ?? ''}</city></UpdateInfo>`;
    const body = new URLSearchParams({
      logistics_interface: xml,
      data_digest: ytoPushDigest(xml, pushSecret),
      clientId: 'MOCK',
      type: 'online',
    });
    return {
      method: 'POST',
      url: 'https://host.example/carriers/yto/push',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    };
  };

  return {
    handlers: [handler],
    secret,
    pathSuffix,
    createOrder,
    cancelOrder,
    now: () => new Date(world.nowMs()).toISOString(),
    advance: world.advance,
    deliveryAfterMs: world.deliveryAfterMs,
    waybill: world.waybill,
    seedWaybill: (reference) => world.create(reference ?? `SEED-${++seeds}`, 1).waybill.trackingNumber,
    appendUnknownEvent: world.appendUnknown,
    injectFaults: world.injectFaults,
    calls: world.calls,
    signedTrackingPush: (trackingNumber) => push(trackingNumber, secret),
    forgedTrackingPush: (trackingNumber) => push(trackingNumber, `${secret}x`),
  };
}
