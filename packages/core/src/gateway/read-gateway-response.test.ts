import { describe, expect, it } from 'vitest';
import { looksLikeJson, readGatewayResponse } from './read-gateway-response';

describe('looksLikeJson', () => {
  it('trusts a JSON content type or a body opening an object or array', () => {
    expect(looksLikeJson('application/json;charset=UTF-8', '42')).toBe(true);
    expect(looksLikeJson('application/problem+json', '{}')).toBe(true);
    expect(looksLikeJson('text/javascript;charset=UTF-8', ' \n{"a":1}')).toBe(true);
    expect(looksLikeJson(null, '[1]')).toBe(true);
  });

  it('leaves other bodies alone', () => {
    expect(looksLikeJson('text/html', '<html></html>')).toBe(false);
    expect(looksLikeJson('text/plain', 'success')).toBe(false);
    expect(looksLikeJson('application/json', '')).toBe(false);
    expect(looksLikeJson('application/json', ' \r\n')).toBe(false);
  });
});

describe('readGatewayResponse', () => {
  it('parses JSON keeping big integers exact', () => {
    const { response, parseError } = readGatewayResponse(
      200,
      new Headers({ 'content-type': 'application/json' }),
      '{"tid":289749893210214687}',
    );
    expect(response.json).toEqual({ tid: '289749893210214687' });
    expect(parseError).toBeUndefined();
  });

  it('reports a malformed body instead of throwing', () => {
    const { response, parseError } = readGatewayResponse(200, new Headers(), '{"tid":');
    expect(response.json).toBeUndefined();
    expect(response.text).toBe('{"tid":');
    expect(parseError?.code).toBe('invalid_input');
  });
});
