import type { PushRequest } from '@omskit/core';
import type { CarrierMockControls } from '@omskit/core/testing';
import { HttpResponse, http, type RequestHandler } from 'msw';
import { createMockCarrierWorld, hours, type MockCarrierWorld } from '../../testing/mock-carrier-world';
import { field, readForm, tryJson, wallTime } from '../../testing/mock-http';
import { sfMsgDigest } from '../sf-msg-digest';

/** Options of {@link createSfMockCarrier}; every one has a default. */
export interface SfMockCarrierOptions {
  partnerId?: string;
  checkWord?: string;
  /** The gateway URL the handlers answer. Default: SF's sandbox. */
  baseUrl?: string;
  /** The token the mock puts in push URLs. */
  pushToken?: string;
}

/** A mock SF gateway: msw handlers plus {@link CarrierMockControls}. */
export interface SfMockCarrier extends CarrierMockControls {
  readonly handlers: readonly RequestHandler[];
  readonly partnerId: string;
  readonly checkWord: string;
  readonly baseUrl: string;
  readonly pushToken: string;
  signedTrackingPush(trackingNumber: string): PushRequest;
  forgedTrackingPush(trackingNumber: string): PushRequest;
}

const timeline = [
  { afterMs: hours(1), code: '50', text: '顺丰速运 已收取快件', location: '深圳市' },
  {
    afterMs: hours(3),
    code: '30',
    text: '快件在【深圳华南陆运枢纽】完成分拣,准备发往下一站',
    location: '深圳市',
  },
  { afterMs: hours(4), code: '36', text: '快件已发车', location: '深圳市' },
  { afterMs: hours(20), code: '31', text: '快件到达【上海虹桥集散中心】', location: '上海市' },
  { afterMs: hours(26), code: '44', text: '正在派送途中,派件员已分配', location: '上海市' },
  { afterMs: hours(27), code: '204', text: '快件派送中', location: '上海市' },
  { afterMs: hours(30), code: '80', text: '快件已签收', location: '上海市' },
];

function envelope(resultData: unknown, code = 'A1000', message = ''): Response {
  return HttpResponse.json({
    apiResultCode: code,
    apiErrorMsg: message,
    apiResponseID: 'MOCK',
    apiResultData: resultData === undefined ? undefined : JSON.stringify(resultData),
  });
}

const ok = (msgData: unknown) => envelope({ success: true, errorCode: 'S0000', errorMsg: null, msgData });
const fail = (errorCode: string, errorMsg: string) =>
  envelope({ success: false, errorCode, errorMsg, msgData: null });

function routesOf(world: MockCarrierWorld, trackingNumber: string) {
  return world.events(trackingNumber).map((event) => ({
    acceptTime: wallTime(event.atMs),
    acceptAddress: event.location,
    remark: event.text,
    opCode: event.code,
  }));
}

/**
 * Creates a mock SF gateway (丰桥 `/std/service`): it checks `partnerID` and `msgDigest`, answers
 * in SF's double-encoded envelope, assigns waybill numbers (mother/child), refuses a repeated
 * `orderId` with 8016 and a late cancel with 8037, advances routes over simulated time, signs
 * route pushes with a URL token, and injects faults (`A1005` throttling, HTTP 500).
 */
export function createSfMockCarrier(options: SfMockCarrierOptions = {}): SfMockCarrier {
  const partnerId = options.partnerId ?? 'MOCK_PARTNER';
  const checkWord = options.checkWord ?? 'mock-check-word';
  const baseUrl = options.baseUrl ?? 'https://sfapi-sbox.sf-express.com/std/service';
  const pushToken = options.pushToken ?? 'mock-push-token';
  const world = createMockCarrierWorld({ prefix: 'SF', digits: 13, timeline, unknownCode: '9999' });
  let seeds = 0;

  const serve = (serviceCode: string, msgData: unknown): Response => {
    switch (serviceCode) {
      case 'EXP_RECE_CREATE_ORDER': {
        const orderId = String(field(msgData, 'orderId') ?? '');
        if (orderId === '') return fail('S0001', '订单号不能为空');
        const { waybill, duplicate } = world.create(orderId, Number(field(msgData, 'parcelQty') ?? 1));
        if (duplicate) return fail('8016', '重复下单');
        return ok({
          orderId,
          originCode: '755',
          destCode: '021',
          filterResult: 2,
          waybillNoInfoList: [
            { waybillType: 1, waybillNo: waybill.trackingNumber },
            ...waybill.childTrackingNumbers.map((waybillNo) => ({ waybillType: 2, waybillNo })),
          ],
          routeLabelInfo: [
            {
              code: '1000',
              routeLabelData: {
                destRouteLabel: '021WA-001',
                twoDimensionCode: 'MMM={}',
                proName: '顺丰标快',
              },
            },
          ],
        });
      }
      case 'EXP_RECE_SEARCH_ROUTES': {
        const numbers = field(msgData, 'trackingNumber');
        const list = Array.isArray(numbers) ? numbers.map(String) : [];
        return ok({ routeResps: list.map((mailNo) => ({ mailNo, routes: routesOf(world, mailNo) })) });
      }
      case 'EXP_RECE_UPDATE_ORDER': {
        const result = world.cancel(String(field(msgData, 'orderId') ?? ''));
        if (result === 'not_found') return fail('8018', '未获取到订单信息');
        if (result === 'collected') return fail('8037', '已消单');
        return ok({ orderId: field(msgData, 'orderId'), resStatus: 2 });
      }
      case 'EXP_RECE_QUERY_DELIVERTM': {
        const weight = Number(field(msgData, 'weight') ?? 1);
        const fee = (18 + Math.max(0, Math.ceil(weight - 1)) * 5).toFixed(2);
        return ok({
          deliverTmDto: [
            {
              businessType: '2',
              businessTypeDesc: '顺丰标快',
              fee,
              deliverTime: wallTime(world.nowMs() + hours(40)),
            },
            {
              businessType: '1',
              businessTypeDesc: '顺丰特快',
              fee: (Number(fee) + 6).toFixed(2),
              deliverTime: wallTime(world.nowMs() + hours(20)),
            },
          ],
        });
      }
      default:
        return envelope(undefined, 'A1004', '无对应服务权限');
    }
  };

  const handler = http.post(baseUrl, async ({ request }) => {
    const form = await readForm(request);
    const serviceCode = form.get('serviceCode') ?? '';
    const fault = world.takeFault();
    if (fault === 'server_error') {
      world.record(serviceCode, false);
      return new HttpResponse('Internal Server Error', { status: 500 });
    }
    if (fault === 'throttle') {
      world.record(serviceCode, false);
      return envelope(undefined, 'A1005', '流量受控');
    }
    const msgDataText = form.get('msgData') ?? '';
    const digest = sfMsgDigest(msgDataText, form.get('timestamp') ?? '', checkWord);
    if (form.get('partnerID') !== partnerId || form.get('msgDigest') !== digest) {
      world.record(serviceCode, false);
      return envelope(undefined, 'A1006', '数字签名无效');
    }
    world.record(serviceCode, true);
    return serve(serviceCode, tryJson(msgDataText));
  });

  const push = (trackingNumber: string, token: string): PushRequest => {
    const waybill = world.waybill(trackingNumber);
    const routes = world.events(trackingNumber).map((event, index) => ({
      mailno: trackingNumber,
      orderid: waybill?.reference ?? '',
      acceptTime: wallTime(event.atMs),
      acceptAddress: event.location,
      remark: event.text,
      opCode: event.code,
      id: String(index + 1),
    }));
    return {
      method: 'POST',
      url: `https://host.example/carriers/sf/push?token=${encodeURIComponent(token)}`,
      headers: { 'content-type': 'application/json;charset=UTF-8' },
      body: JSON.stringify({ Body: { WaybillRoute: routes.slice(-10) } }),
    };
  };

  return {
    handlers: [handler],
    partnerId,
    checkWord,
    baseUrl,
    pushToken,
    now: () => new Date(world.nowMs()).toISOString(),
    advance: world.advance,
    deliveryAfterMs: world.deliveryAfterMs,
    waybill: world.waybill,
    seedWaybill: (reference) => world.create(reference ?? `SEED-${++seeds}`, 1).waybill.trackingNumber,
    appendUnknownEvent: world.appendUnknown,
    injectFaults: world.injectFaults,
    calls: world.calls,
    signedTrackingPush: (trackingNumber) => push(trackingNumber, pushToken),
    forgedTrackingPush: (trackingNumber) => push(trackingNumber, `${pushToken}x`),
  };
}
