// The JSON API as the signed-in admin calls it: the session cookie goes along by itself; every change
// also sends the session's CSRF token. Errors arrive as RFC 9457 problems and become ApiError.

let csrfToken = '';
let shopId = 0;

export function configure(session) {
  csrfToken = session.csrf_token;
  shopId = session.shop.id;
}

/** A refused request: the HTTP status and the problem document (type, title, detail, diagnostics...). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.detail ? problem.detail : `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** The problem's stable type, such as "version-conflict". */
  get type() {
    return (this.problem.type || '').split('/').pop();
  }

  /** Whether the server has no such route (a feature this server does not offer). */
  get unavailable() {
    const detail = this.problem.detail || '';
    return this.status === 405 || (this.status === 404 && /no such route|^Endpoint .* not found/.test(detail));
  }
}

/** Sends a request to a path of this server; resolves to the JSON (or text) answer, null for 204. */
export async function request(method, path, { body, ifMatch, signal } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') headers['X-CSRF-Token'] = csrfToken;
  if (ifMatch !== undefined && ifMatch !== null) headers['If-Match'] = `"${ifMatch}"`;
  const response = await fetch(path, {
    method, headers, signal, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 && !path.startsWith('/admin/login')) {
    window.location.assign('/admin/login');
    throw new ApiError(401, { detail: 'signed out' });
  }
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) throw new ApiError(response.status, typeof data === 'object' ? data : { detail: data });
  return data;
}

/** The path of a route of the signed-in shop. */
export function shopPath(path) {
  return `/api/v1/shops/${shopId}${path}`;
}

export const api = {
  get: (path, options) => request('GET', shopPath(path), options),
  post: (path, body, options = {}) => request('POST', shopPath(path), { ...options, body }),
  put: (path, body, options = {}) => request('PUT', shopPath(path), { ...options, body }),
  patch: (path, body, options = {}) => request('PATCH', shopPath(path), { ...options, body }),
  delete: (path, options) => request('DELETE', shopPath(path), options),
};

/** Builds a query string from the defined, non-empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Every segment of the shop, by name (all pages of the list). */
export async function allSegments() {
  const found = [];
  let cursor = null;
  do {
    const page = await api.get(`/segments${query({ sort: 'name', order: 'asc', limit: 250, cursor })}`);
    found.push(...page.segments);
    cursor = page.next_cursor;
  } while (cursor);
  return found;
}
