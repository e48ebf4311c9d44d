import { describe, expect, it, vi } from 'vitest';
import { jtScanTypes } from './jt/jt-scan-types';
import { parseKuaidi100Push, verifyKuaidi100Push } from './kuaidi100/kuaidi100-push';
import { kuaidi100PushSign } from './kuaidi100/kuaidi100-sign';
import { kuaidi100States } from './kuaidi100/kuaidi100-states';
import { sfOpCodes } from './sf/sf-op-codes';
import { toTrackingEvents } from './shared/tracking-code-table';
import { parseYtoPush, verifyYtoPush } from './yto/yto-push';
import { ytoPushDigest } from './yto/yto-sign';
import { ytoStatuses } from './yto/yto-status';
import { ztoActions } from './zto/zto-actions';

const listed = {
  // Reference §1.7: every opCode it names.
  sf: [
    '50',
    '54',
    '30',
    '36',
    '31',
    '44',
    '204',
    '80',
    '501',
    '407',
    '8000',
    '130',
    '123',
    '607',
    '631',
    '648',
    '99',
    '70',
    '33',
  ],
  // Reference §2: the actions seen in pushes.
  zto: [
    'GOT',
    'DEPARTURE',
    'ARRIVAL',
    'DISPATCH',
    'INBOUND',
    'HANDOVERSCAN_SIGNED',
    'DEPARTURE_SIGNED',
    'SIGNED',
  ],
  // Reference §3: infoContent values.
  yto: [
    'ACCEPT',
    'ORDER_BOOKING',
    'GOT',
    'NOT_SEND',
    'ARRIVAL',
    'DEPARTURE',
    'SENT_SCAN',
    'INBOUND',
    'SIGNED',
    'FAILED',
    'TMS_RETURN',
    'FORWARDING',
    'AIRSEND',
    'AIRPICK',
  ],
  // Reference §10: state and advanced codes.
  kuaidi100: [
    '0',
    '1',
    '2',
    '3',
    '4',
    '5',
    '6',
    '7',
    '8',
    '10',
    '11',
    '12',
    '13',
    '14',
    '101',
    '102',
    '103',
    '1001',
    '1002',
    '1003',
    '501',
    '301',
    '302',
    '303',
    '304',
    '401',
    ...Array.from({ length: 10 }, (_, i) => String(201 + i)),
  ],
};

describe('tracking code tables', () => {
  it.each([
    ['sf', sfOpCodes, listed.sf],
    ['zto', ztoActions, listed.zto],
    ['yto', ytoStatuses, listed.yto],
    ['kuaidi100', kuaidi100States, listed.kuaidi100],
  ] as const)('%s maps every code the reference lists', (_name, table, codes) => {
    for (const code of codes) expect(Object.hasOwn(table, code), code).toBe(true);
  });

  it('maps pre-collection states to unknown only where the unified model has no state', () => {
    const preCollection = [
      ytoStatuses['ACCEPT'],
      ytoStatuses['ORDER_BOOKING'],
      kuaidi100States['101'],
      kuaidi100States['102'],
    ];
    for (const table of [sfOpCodes, ztoActions, ytoStatuses, kuaidi100States, jtScanTypes]) {
      for (const entry of Object.values(table)) {
        if (!preCollection.includes(entry)) expect(entry.status).not.toBe('unknown');
      }
    }
  });

  it('keeps an unknown code as an unknown event with its raw code and text, and warns', () => {
    const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const events = toTrackingEvents(
      'SF',
      [
        { trackingNumber: 'SF1', code: '80', text: '已签收', at: '2026-01-02T00:00:00.000Z' },
        {
          trackingNumber: 'SF1',
          code: '12345',
          text: '新状态',
          at: '2026-01-01T00:00:00.000Z',
          location: '深圳',
        },
      ],
      sfOpCodes,
      { logger },
    );
    expect(events).toEqual([
      {
        carrierCode: 'SF',
        trackingNumber: 'SF1',
        status: 'unknown',
        at: '2026-01-01T00:00:00.000Z',
        location: '深圳',
        carrierStatusCode: '12345',
        carrierText: '新状态',
      },
      {
        carrierCode: 'SF',
        trackingNumber: 'SF1',
        status: 'delivered',
        at: '2026-01-02T00:00:00.000Z',
        carrierStatusCode: '80',
        carrierText: '已签收',
      },
    ]);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0]?.[1]).toEqual({ carrier: 'SF', code: '12345' });
  });

  it('lets hosts override an UNVERIFIED mapping', () => {
    const [event] = toTrackingEvents(
      'SF',
      [{ trackingNumber: 'SF1', code: '70', text: '', at: '2026-01-01T00:00:00.000Z' }],
      sfOpCodes,
      {
        overrides: { '70': 'exception' },
      },
    );
    expect(event?.status).toBe('exception');
  });
});

describe('push verifiers', () => {
  it('YTO: the doc vector verifies; a changed byte does not', () => {
    expect(
      verifyYtoPush(
        { logistics_interface: '<order></order>', data_digest: 'LghTkEmsD2tbQ3fsIBRcBg==' },
        '123456',
      ),
    ).toBe(true);
    expect(
      verifyYtoPush(
        { logistics_interface: '<order> </order>', data_digest: 'LghTkEmsD2tbQ3fsIBRcBg==' },
        '123456',
      ),
    ).toBe(false);
  });

  it('Kuaidi100: upper- or lower-case MD5 of param + salt, also for an empty salt', () => {
    const sign = kuaidi100PushSign('{"status":"polling"}', '');
    expect(verifyKuaidi100Push({ param: '{"status":"polling"}', sign }, '')).toBe(true);
    expect(verifyKuaidi100Push({ param: '{"status":"polling"}', sign: sign.toLowerCase() }, '')).toBe(true);
    expect(verifyKuaidi100Push({ param: '{"status":"polling"}', sign }, 'salt')).toBe(false);
  });

  it('parses a YTO UpdateInfo push', () => {
    const xml =
      '<UpdateInfo><logisticProviderID>YTO</logisticProviderID><txLogisticID>T1</txLogisticID><mailNo>YT100</mailNo><infoContent>SIGNED</infoContent><acceptTime>2026-11-12 10:00:00</acceptTime><remark>已签收 &amp; 谢谢</remark><city>上海市</city></UpdateInfo>';
    const body = new URLSearchParams({
      logistics_interface: xml,
      data_digest: ytoPushDigest(xml, 's'),
      clientId: 'c',
      type: 'online',
    });
    const { events, txLogisticId } = parseYtoPush(
      { method: 'POST', headers: {}, body: body.toString() },
      { secret: 's' },
    );
    expect(txLogisticId).toBe('T1');
    expect(events).toEqual([
      {
        carrierCode: 'YTO',
        trackingNumber: 'YT100',
        status: 'delivered',
        at: '2026-11-12T02:00:00.000Z',
        location: '上海市',
        carrierStatusCode: 'SIGNED',
        carrierText: '已签收 & 谢谢',
      },
    ]);
  });

  it('parses a Kuaidi100 push lastResult', () => {
    const param = JSON.stringify({
      status: 'polling',
      lastResult: {
        nu: 'SF100',
        state: '3',
        data: [
          { ftime: '2026-11-12 10:00:00', context: '已签收', status: '签收' },
          { ftime: '2026-11-11 10:00:00', context: '已揽收', statusCode: '103' },
        ],
      },
    });
    const body = new URLSearchParams({ param, sign: kuaidi100PushSign(param, 'salt') });
    const parsed = parseKuaidi100Push(
      { method: 'POST', headers: {}, body: body.toString() },
      { carrierCode: 'SF', salt: 'salt' },
    );
    expect(parsed.status).toBe('polling');
    expect(parsed.events.map((event) => event.status)).toEqual(['collected', 'delivered']);
  });
});
