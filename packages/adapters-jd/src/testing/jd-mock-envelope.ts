/** A JOS gateway error, as the mock answers it (HTTP 200, `error_response`). */
export function jdErrorResponse(code: string, zh: string, en: string): Response {
  return Response.json({ error_response: { code, zh_desc: zh, en_desc: en } });
}

/** A business failure inside the method's `_responce` root (`apiResult.success: false`). */
export function jdBusinessFailure(
  rootKey: string,
  resultKey: string,
  code: string,
  message: string,
): Response {
  return Response.json({
    [rootKey]: {
      code: '0',
      [resultKey]: { apiResult: { success: false, code, chineseErrCode: message, englishErrCode: message } },
    },
  });
}

/** A success answer under the method's `_responce` root. */
export function jdSuccess(rootKey: string, body: Record<string, unknown>): Response {
  return Response.json({ [rootKey]: { code: '0', ...body } });
}
