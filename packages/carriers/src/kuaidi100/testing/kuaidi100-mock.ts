import type { PushRequest } from '@omskit/core';
import type { CarrierMockControls } from '@omskit/core/testing';
import { HttpResponse, http, type RequestHandler } from 'msw';
import { createMockCarrierWorld, hours, type MockCarrierWorld } from '../../testing/mock-carrier-world';
import { field, readForm, tryJson, wallTime } from '../../testing/mock-http';
import { kuaidi100Urls } from '../kuaidi100-settings';
import { kuaidi100OrderSign, kuaidi100PushSign, kuaidi100Sign } from '../kuaidi100-sign';

/** Options of {@link createKuaidi100Mock}; every one has a default. */
export interface Kuaidi100MockOptions {
  customer?: string;
  key?: string;
  secret?: string;
  salt?: string;
  /** The company code (`com`) the mock tracks. Default `shunfeng`. */
  company?: string;
}

/** A mock Kuaidi100: msw handlers plus {@link CarrierMockControls}. */
export interface Kuaidi100Mock extends CarrierMockControls {
  readonly handlers: readonly RequestHandler[];
  readonly customer: string;
  readonly key: string;
  readonly secret: string;
  readonly salt: string;
  /** Tracking numbers subscribed so far. */
  subscriptions(): string[];
  signedTrackingPush(trackingNumber: string): PushRequest;
  forgedTrackingPush(trackingNumber: string): PushRequest;
}

// Codes as resultv2=4 returns them in `statusCode`.
const timeline = [
  { afterMs: hours(1), code: '103', text: '【深圳】 已揽收', location: '深圳市' },
  { afterMs: hours(4), code: '1002', text: '快件离开【深圳】,正在发往【上海】', location: '深圳市' },
  { afterMs: hours(22), code: '1001', text: '快件到达【上海】', location: '上海市' },
  { afterMs: hours(27), code: '5', text: '【上海闵行】快递员正在派件', location: '上海市' },
  { afterMs: hours(30), code: '301', text: '已签收,签收人:本人', location: '上海市' },
];

const stateOf = (code: string | undefined) =>
  code === undefined ? '1' : code === '301' ? '3' : code === '5' ? '5' : code === '103' ? '1' : '0';

function queryResult(world: MockCarrierWorld, company: string, number: string) {
  const events = world.events(number);
  const data = [...events].reverse().map((event) => ({
    time: wallTime(event.atMs),
    ftime: wallTime(event.atMs),
    context: event.text,
    location: event.location,
    statusCode: event.code,
  }));
  return {
    message: 'ok',
    nu: number,
    ischeck: events.at(-1)?.code === '301' ? '1' : '0',
    com: company,
    status: '200',
    state: stateOf(events.at(-1)?.code),
    data,
  };
}

/**
 * Creates a mock Kuaidi100: it checks query and price signatures (`returnCode` 503 on a bad one),
 * answers queries with `resultv2=4` histories advancing over simulated time (500 查询无结果 for
 * unknown numbers), records subscriptions, quotes from a simple formula, signs pushes with the salt
 * and injects faults (502 busy, HTTP 500).
 */
export function createKuaidi100Mock(options: Kuaidi100MockOptions = {}): Kuaidi100Mock {
  const customer = options.customer ?? 'MOCKCUSTOMER';
  const key = options.key ?? 'mock-key';
  const secret = options.secret ?? 'mock-secret';
  const salt = options.salt ?? 'mock-salt';
  const company = options.company ?? 'shunfeng';
  const world = createMockCarrierWorld({ prefix: 'SF', digits: 13, timeline, unknownCode: '9999' });
  const subscribed: string[] = [];
  let seeds = 0;
  const refuse = (returnCode: string, message: string) =>
    HttpResponse.json({ result: false, returnCode, message });

  const guard = (operation: string): Response | undefined => {
    const fault = world.takeFault();
    if (fault === 'server_error') {
      world.record(operation, false);
      return new HttpResponse('Internal Server Error', { status: 500 });
    }
    if (fault === 'throttle') {
      world.record(operation, false);
      return refuse('502', '服务器繁忙');
    }
    return undefined;
  };

  const handlers = [
    http.post(kuaidi100Urls.query, async ({ request }) => {
      const failed = guard('poll/query.do');
      if (failed !== undefined) return failed;
      const form = await readForm(request);
      const param = form.get('param') ?? '';
      if (form.get('customer') !== customer || form.get('sign') !== kuaidi100Sign(param, key, customer)) {
        world.record('poll/query.do', false);
        return refuse('503', '验证签名失败');
      }
      world.record('poll/query.do', true);
      const number = String(field(tryJson(param), 'num') ?? '');
      if (world.waybill(number) === undefined) return refuse('500', '查询无结果，请隔段时间再查');
      return HttpResponse.json(queryResult(world, company, number));
    }),
    http.post(kuaidi100Urls.subscribe, async ({ request }) => {
      const failed = guard('poll');
      if (failed !== undefined) return failed;
      const param = tryJson((await readForm(request)).get('param'));
      if (field(param, 'key') !== key) {
        world.record('poll', false);
        return refuse('600', '您不是合法的订阅者');
      }
      world.record('poll', true);
      subscribed.push(String(field(param, 'number') ?? ''));
      return HttpResponse.json({ result: true, returnCode: '200', message: '提交成功' });
    }),
    http.post(kuaidi100Urls.label, async ({ request }) => {
      const failed = guard('label/order');
      if (failed !== undefined) return failed;
      const form = await readForm(request);
      const param = form.get('param') ?? '';
      if (
        form.get('key') !== key ||
        form.get('sign') !== kuaidi100OrderSign(param, form.get('t') ?? '', key, secret)
      ) {
        world.record('label/order', false);
        return refuse('503', '验证签名失败');
      }
      world.record('label/order', true);
      const weight = Number(field(tryJson(param), 'weight') ?? 1);
      const base = 12 + Math.max(0, Math.ceil(weight - 1)) * 4;
      return HttpResponse.json({
        result: true,
        returnCode: '200',
        message: '成功',
        data: {
          kuaidicom: company,
          combos: [
            { expType: '标准快递', price: base.toFixed(2) },
            { expType: '特快', price: (base + 8).toFixed(2) },
          ],
        },
      });
    }),
  ];

  const push = (trackingNumber: string, pushSalt: string): PushRequest => {
    const param = JSON.stringify({
      status: 'polling',
      message: '',
      lastResult: queryResult(world, company, trackingNumber),
    });
    const body = new URLSearchParams({ param, sign: kuaidi100PushSign(param, pushSalt) });
    return {
      method: 'POST',
      url: 'https://host.example/carriers/kuaidi100/push',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    };
  };

  return {
    handlers,
    customer,
    key,
    secret,
    salt,
    subscriptions: () => [...subscribed],
    now: () => new Date(world.nowMs()).toISOString(),
    advance: world.advance,
    deliveryAfterMs: world.deliveryAfterMs,
    waybill: world.waybill,
    seedWaybill: (reference) => world.create(reference ?? `SEED-${++seeds}`, 1).waybill.trackingNumber,
    appendUnknownEvent: world.appendUnknown,
    injectFaults: world.injectFaults,
    calls: world.calls,
    signedTrackingPush: (trackingNumber) => push(trackingNumber, salt),
    forgedTrackingPush: (trackingNumber) => push(trackingNumber, `${salt}x`),
  };
}
