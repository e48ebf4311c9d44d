import type { OmsErrorCode } from '@omskit/core';
import type { GatewayClient, GatewayResponse } from '@omskit/core/gateway';
import { describe, expect, it } from 'vitest';
import karrio from '../__fixtures__/sf-search-routes-karrio.json';
import { callSf, classifySfResponse } from './sf-api';
import { sfError } from './sf-error';
import { sfEventsFromRouteResponse } from './sf-routes';

const response = (json: unknown): GatewayResponse => ({
  status: 200,
  headers: new Headers(),
  text: JSON.stringify(json),
  json,
});

const gatewayAnswering = (json: unknown): GatewayClient => ({
  platform: 'sf',
  request: async () => response(json),
});

const context = (json: unknown) => ({
  gateway: gatewayAnswering(json),
  partnerId: 'p',
  checkWord: 'c',
  now: () => 0,
  requestId: () => 'r',
});

describe('SF error classification', () => {
  it.each<[string, OmsErrorCode, boolean]>([
    ['A1001', 'invalid_input', false],
    ['A1002', 'platform_rejected', false],
    ['A1003', 'permission_denied', false],
    ['A1004', 'permission_denied', false],
    ['A1005', 'rate_limited', true],
    ['A1006', 'invalid_signature', false],
    ['A1007', 'conflict', false],
    ['A1009', 'platform_unavailable', true],
    ['A1099', 'platform_unavailable', true],
    ['S0001', 'invalid_input', false],
    ['8016', 'conflict', false],
    ['8037', 'conflict', false],
    ['8018', 'not_found', false],
    ['8119', 'permission_denied', false],
    ['8252', 'conflict', false],
    ['20035', 'platform_rejected', false],
    ['99999', 'platform_rejected', false],
  ])('%s -> %s', (code, omsCode, retryable) => {
    const error = sfError(code, 'message', 'op');
    expect(error).toMatchObject({ code: omsCode, retryable, platform: 'sf', platformCode: code });
  });

  it('classifies gateway envelopes, leaving A1000 to the business layer', () => {
    expect(classifySfResponse(response({ apiResultCode: 'A1000', apiResultData: '{}' }))).toBeUndefined();
    expect(classifySfResponse(response({ apiResultCode: 'A1005', apiErrorMsg: '流量受控' }))).toMatchObject({
      code: 'rate_limited',
    });
  });
});

describe('callSf', () => {
  it('parses apiResultData twice (the karrio route fixture)', async () => {
    const msgData = await callSf(
      context({ apiResultCode: 'A1000', apiResultData: JSON.stringify(karrio.apiResultData) }),
      'EXP_RECE_SEARCH_ROUTES',
      {},
      undefined,
    );
    const events = sfEventsFromRouteResponse(msgData, {});
    expect(
      events.map((event) => [event.trackingNumber, event.carrierStatusCode, event.status, event.at]),
    ).toEqual([
      ['SF1011603494291', '50', 'collected', '2019-05-09T02:11:26.000Z'],
      ['SF1011603494291', '80', 'delivered', '2019-05-09T10:11:26.000Z'],
    ]);
    // The fixture's remark on 50 is wrong for SF ("已派件"), and is kept verbatim anyway.
    expect(events[0]?.carrierText).toBe('已派件');
  });

  it('turns a business failure inside apiResultData into its OmsError', async () => {
    const failure = { success: false, errorCode: '8016', errorMsg: '重复下单', msgData: null };
    await expect(
      callSf(
        context({ apiResultCode: 'A1000', apiResultData: JSON.stringify(failure) }),
        'EXP_RECE_CREATE_ORDER',
        {},
        undefined,
      ),
    ).rejects.toMatchObject({ code: 'conflict', platformCode: '8016', platformMessage: '重复下单' });
  });

  it('refuses an apiResultData that is not JSON, keeping the payload', async () => {
    await expect(
      callSf(
        context({ apiResultCode: 'A1000', apiResultData: '{not json' }),
        'EXP_RECE_CREATE_ORDER',
        {},
        undefined,
      ),
    ).rejects.toMatchObject({ code: 'invalid_input', path: ['apiResultData'], rawPayload: '{not json' });
  });
});
