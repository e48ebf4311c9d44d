import { OmsError } from '@omskit/core';
import { md5 } from '@omskit/core/gateway';
import { describe, expect, it } from 'vitest';
import {
  refundCreatedFrame,
  tradeConfirmedFrame,
  unknownTopicFrame,
} from './__fixtures__/pdd-frame-fixtures';
import { buildPddAckFrame, buildPddHeartbeatFrame, parsePddMessageFrame } from './pdd-message-frame';
import { buildPddMessageUrl, signPddMessageConnection } from './pdd-message-url';

describe('PMC connection URL', () => {
  it('signs as urlencode(base64(md5_hex_lower(client_id + timestamp_ms + secret)))', () => {
    const hex = md5('client-1' + '1762819200000' + 'secret-1', 'hex-lower');
    const expected = encodeURIComponent(Buffer.from(hex).toString('base64'));
    expect(signPddMessageConnection('client-1', 1762819200000, 'secret-1')).toBe(expected);
    // base64 of 32 hex characters always ends in one '=' padding, which must be encoded.
    expect(expected.endsWith('%3D')).toBe(true);
  });

  it('builds the /message/{client_id}/{timestamp_ms}/{signature} path', () => {
    const url = buildPddMessageUrl({
      clientId: 'client-1',
      clientSecret: 'secret-1',
      timestampMs: 1762819200000,
    });
    expect(url).toBe(
      `wss://message-api.pinduoduo.com/message/client-1/1762819200000/${signPddMessageConnection('client-1', 1762819200000, 'secret-1')}`,
    );
    expect(
      buildPddMessageUrl({
        clientId: 'c',
        clientSecret: 's',
        timestampMs: 1,
        baseUrl: 'wss://example.invalid/',
      }),
    ).toMatch(/^wss:\/\/example\.invalid\/message\/c\/1\//);
  });
});

describe('parsePddMessageFrame', () => {
  it('parses an order message, keeping the frame id above 2^53 exact', () => {
    const frame = parsePddMessageFrame(tradeConfirmedFrame);
    expect(frame.kind).toBe('message');
    if (frame.kind !== 'message') return;
    expect(frame.id).toBe('7301234567890123456');
    expect(frame.mallId).toBe('123456');
    expect(frame.message).toMatchObject({
      messageId: '7301234567890123456',
      topic: 'pdd_trade_TradeConfirmed',
      kind: 'order-changed',
      shopId: '123456',
      platformOrderId: '261111-100000000000001',
      modifiedAt: new Date(1762819200000).toISOString(),
    });
  });

  it('parses a refund message with its after-sale id', () => {
    const frame = parsePddMessageFrame(refundCreatedFrame);
    expect(frame.kind === 'message' && frame.message.kind).toBe('after-sale-changed');
    expect(frame.kind === 'message' && frame.message.platformAfterSaleId).toBe('9007199254740995');
  });

  it('reports unknown topics and command types instead of dropping them', () => {
    const frame = parsePddMessageFrame(unknownTopicFrame);
    expect(frame.kind === 'message' && frame.message.kind).toBe('unknown');
    expect(parsePddMessageFrame('{"commandType":"Fancy"}')).toMatchObject({
      kind: 'other',
      commandType: 'Fancy',
    });
  });

  it('parses heartbeats and acks', () => {
    expect(parsePddMessageFrame('{"commandType":"HeartBeat","sendTime":5}')).toEqual({
      kind: 'heartbeat',
      sendTime: 5,
    });
    expect(parsePddMessageFrame('{"commandType":"Ack","id":7301234567890123456}')).toEqual({
      kind: 'ack',
      id: '7301234567890123456',
    });
  });

  it.each([
    ['not json', []],
    ['{}', ['commandType']],
    ['{"commandType":"Common"}', ['id']],
    ['{"commandType":"Common","id":1}', ['message']],
    ['{"commandType":"Common","id":1,"message":{"type":"x","content":"{oops"}}', ['message', 'content']],
  ])('refuses %s naming %j', (text, path) => {
    let caught: unknown;
    try {
      parsePddMessageFrame(text);
    } catch (error) {
      caught = error;
    }
    expect(OmsError.isCode(caught, 'invalid_input')).toBe(true);
    expect(OmsError.is(caught) && caught.path).toEqual(path);
  });
});

describe('ack and heartbeat frames', () => {
  it('writes the ack id as a bare integer', () => {
    const ack = buildPddAckFrame({ id: '7301234567890123456', sendTimeMs: 1762819205001, mallId: '123456' });
    expect(ack).toBe(
      '{"commandType":"Ack","id":7301234567890123456,"sendTime":1762819205001,"mallID":123456}',
    );
    expect(parsePddMessageFrame(ack)).toEqual({ kind: 'ack', id: '7301234567890123456' });
  });

  it('refuses ids that are not digits', () => {
    expect(() => buildPddAckFrame({ id: '1,"x":2', sendTimeMs: 1 })).toThrow(OmsError);
  });

  it('writes a heartbeat', () => {
    expect(buildPddHeartbeatFrame(7)).toBe('{"commandType":"HeartBeat","sendTime":7}');
  });
});
