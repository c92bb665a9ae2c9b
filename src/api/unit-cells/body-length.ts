/** `Content-Length` when it counts the bytes the body yields (not a compressed size). */
export function bodyLength(response: Response): number | undefined {
  const encoding = response.headers.get('content-encoding');
  if (encoding && encoding !== 'identity') return undefined;
  const length = Number(response.headers.get('content-length'));
  return Number.isFinite(length) && length > 0 ? length : undefined;
}
