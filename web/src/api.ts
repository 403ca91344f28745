/** The server's API, as the web app calls it. Changes carry the session's CSRF token. */
export interface User { id: number; name: string; role: 'viewer' | 'analyst' | 'admin' }

let csrf: string | null = null;

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  const data: unknown = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const detail = typeof data === 'object' && data && 'detail' in data ? String((data as { detail: unknown }).detail) : res.statusText;
    throw new ApiError(res.status, detail);
  }
  return data as T;
}

export const api = {
  get: <T>(url: string) => request<T>('GET', url),
  post: <T>(url: string, body: unknown) => request<T>('POST', url, body),
  patch: <T>(url: string, body: unknown) => request<T>('PATCH', url, body),
  async login(name: string, password: string): Promise<User> {
    const r = await request<{ user: User; csrf: string }>('POST', '/api/login', { name, password });
    csrf = r.csrf;
    return r.user;
  },
  async me(): Promise<User | null> {
    try {
      const r = await request<{ user: User; csrf: string | null }>('GET', '/api/me');
      csrf = r.csrf;
      return r.user;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return null;
      throw err;
    }
  },
  async logout(): Promise<void> {
    await request('POST', '/api/logout');
    csrf = null;
  },
};

/** Query string from the set values only. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Fired on window when alerts change read state, so the navigation's unread count follows at once. */
export const alertsChanged = 'vigil:alerts-changed';
