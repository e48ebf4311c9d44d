import { useTestServer } from '@omskit/core/testing';
import { describe, expect, it } from 'vitest';
import { fixtureText } from './__fixtures__/read-fixture';
import { createTaobaoAdapter } from './taobao-adapter';
import { signTaobaoRequest } from './taobao-sign';

const gateway = 'https://eco.taobao.test/router/rest';
const fullinfo = new Response(fixtureText('trade-fullinfo-split-shipped.json'), {
  headers: { 'content-type': 'application/json;charset=UTF-8' },
});
const server = useTestServer({ [gateway]: fullinfo });

// 2026-11-11 12:00:00 in Shanghai.
const clock = { now: () => Date.parse('2026-11-11T04:00:00.000Z') };

describe('what the adapter sends', () => {
  it('POSTs a signed form with the common parameters to the configured host', async () => {
    const adapter = createTaobaoAdapter({
      appKey: '12345678',
      appSecret: 'helloworld',
      signMethod: 'hmac-sha256',
      baseUrl: gateway,
      clock,
      accessToken: () => 'session-token',
    });
    const item = await adapter.getOrder({ shopId: 'shop-1', platformOrderId: '3290174989321021468' });
    expect(item.ok && item.order.platformOrderId).toBe('3290174989321021468');
    const [call] = server.callsTo(gateway);
    expect(call?.method).toBe('POST');
    expect(call?.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(call?.query).toEqual({});
    const form = call?.body as { [key: string]: string };
    expect(form).toMatchObject({
      method: 'taobao.trade.fullinfo.get',
      app_key: '12345678',
      session: 'session-token',
      timestamp: '2026-11-11 12:00:00',
      format: 'json',
      v: '2.0',
      sign_method: 'hmac-sha256',
      tid: '3290174989321021468',
      include_oaid: 'true',
    });
    expect(form.fields?.split(',')).toEqual(
      expect.arrayContaining(['receiver_name', 'oaid', 'orders', 'tid_str']),
    );
    const { sign, ...signed } = form;
    expect(sign).toBe(signTaobaoRequest(signed, 'helloworld', 'hmac-sha256'));
  });
});
