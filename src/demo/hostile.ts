/**
 * Hostile data for the trust suite: with the cookie `ispyb-demo-hostile=1` (or the header
 * `x-ispyb-demo-hostile: 1`) every free-text field the demo answers (titles, names, comments,
 * compositions, messages, codes) starts with a script or markup payload. Identifiers (ids,
 * proposal codes, numbers) are left alone so that every page still opens; a page passes when the
 * payloads show up as text and none of them runs or injects an element.
 */

export const HOSTILE_COOKIE = 'ispyb-demo-hostile';
export const HOSTILE_HEADER = 'x-ispyb-demo-hostile';

/** Every payload, if it ever ran, would set `window.__xss`. */
export const HOSTILE_PAYLOADS: readonly string[] = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload="window.__xss=1">',
  'javascript:window.__xss=1',
  '<a href="javascript:window.__xss=1">click me</a>',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  "'';!--\"<XSS>=&{()}",
  '<body onload=window.__xss=1>',
  '<style>*{display:none!important}</style>',
  "{{constructor.constructor('window.__xss=1')()}}",
  '${window.__xss=1}',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '<details open ontoggle="window.__xss=1">',
  '<input autofocus onfocus="window.__xss=1">',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==',
  '<object data="javascript:window.__xss=1"></object>',
  '%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E',
  '&lt;script&gt;window.__xss=1&lt;/script&gt;',
  '<svg><animate onbegin="window.__xss=1" attributeName=x dur=1s>',
  '<marquee onstart="window.__xss=1">',
  '<form action="javascript:window.__xss=1"><button>go</button></form>',
  '<base href="javascript:window.__xss=1//">',
  '\u202Egnp.exe <b>bold</b> \u0000',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
];

/** Free text wherever it appears. */
const TEXT_KEYS = new Set([
  'title',
  'proposalTitle',
  'comments',
  'comment',
  'composition',
  'shippingName',
  'givenName',
  'familyName',
  'experimentName',
  'message',
  'processingMessage',
  'acronym',
  'laboratory',
  // the sample's name as /events sends it
  'blSample',
]);

/** `name` / `code` only on the records where they are labels, not vocabulary (event types…). */
const LABEL_OWNERS = [
  'blSampleId',
  'proteinId',
  'componentId',
  'dewarId',
  'containerId',
  'shippingId',
  'laboratoryId',
  'ssxMergeId',
];

function hashOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

/** Deterministic, so a test can find the same payload on every load. */
function poison(key: string, value: string): string {
  const payload = HOSTILE_PAYLOADS[hashOf(`${key}:${value}`) % HOSTILE_PAYLOADS.length];
  return `${payload} ${value}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function poisonJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(poisonJson);
  if (!isRecord(value)) return value;
  const labelled = LABEL_OWNERS.some((id) => id in value);
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const text =
      typeof field === 'string' &&
      field !== '' &&
      (TEXT_KEYS.has(key) || (labelled && (key === 'name' || key === 'code')));
    out[key] = text ? poison(key, field) : poisonJson(field);
  }
  return out;
}

function cookieOn(cookieHeader: string): boolean {
  return cookieHeader.split(';').some((part) => part.trim() === `${HOSTILE_COOKIE}=1`);
}

export function wantsHostile(request: Request): boolean {
  return (
    request.headers.get(HOSTILE_HEADER) === '1' || cookieOn(request.headers.get('cookie') ?? '')
  );
}

/** Rewrites a successful JSON answer; anything else (errors, files, raw cells) passes as it is. */
export async function hostileResponse(response: Response): Promise<Response> {
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || !type.includes('application/json')) return response;
  let json: unknown;
  try {
    json = await response.clone().json();
  } catch {
    return response;
  }
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify(poisonJson(json)), { status: response.status, headers });
}
