/** Hash routes (#/doc/ID), so any page can be bookmarked and the server needs no page routes. */
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'inbox'; params: URLSearchParams }
  | { page: 'doc'; id: string; params: URLSearchParams }
  | { page: 'actor'; id: string }
  | { page: 'search'; params: URLSearchParams }
  | { page: 'graph' }
  | { page: 'map' }
  | { page: 'admin' }
  | { page: 'alerts'; params: URLSearchParams }
  | { page: 'story'; params: URLSearchParams };

export function parseRoute(hash: string): Route {
  const [path = '', qs = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(qs);
  switch (parts[0]) {
    case 'doc': return parts[1] ? { page: 'doc', id: parts[1], params } : { page: 'inbox', params };
    case 'actor': return parts[1] ? { page: 'actor', id: parts[1] } : { page: 'inbox', params };
    case 'search': return { page: 'search', params };
    case 'graph': return { page: 'graph' };
    case 'map': return { page: 'map' };
    case 'admin': return { page: 'admin' };
    case 'alerts': return { page: 'alerts', params };
    case 'story': return { page: 'story', params };
    default: return { page: 'inbox', params };
  }
}

export const href = {
  doc: (id: string) => `#/doc/${encodeURIComponent(id)}`,
  actor: (id: string) => `#/actor/${encodeURIComponent(id)}`,
  /** A document with one passage (a cited sentence) marked and scrolled to. */
  cited: (id: string, start: number, end: number) => `#/doc/${encodeURIComponent(id)}?hl=${start}-${end}`,
  storyOf: (id: string) => `#/story?doc=${encodeURIComponent(id)}`,
  cluster: (id: string) => `#/story?cluster=${encodeURIComponent(id)}`,
  /** The inbox filtered to documents naming an actor, and the alerts where it is actor or target. */
  documentsOf: (id: string) => `#/?actor=${encodeURIComponent(id)}`,
  alertsOf: (id: string) => `#/alerts?actor=${encodeURIComponent(id)}`,
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** Loads data for a page; reloads when the key changes. */
export function useLoad<T>(load: () => Promise<T>, key: string): { data: T | null; error: string | null; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    setError(null);
    load().then((d) => { if (live) setData(d); }, (e: unknown) => { if (live) setError(e instanceof Error ? e.message : String(e)); });
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, n]);
  return { data, error, reload: () => setN((x) => x + 1) };
}
