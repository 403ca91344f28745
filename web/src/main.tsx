import { StrictMode, useEffect, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { alertsChanged, api, type User } from './api';
import { useRoute } from './route';
import { Inbox } from './pages/Inbox';
import { Reader } from './pages/Reader';
import { ActorPage } from './pages/Actor';
import { SearchPage } from './pages/Search';
import { GraphPage } from './pages/Graph';
import { MapPage } from './pages/MapPage';
import { AdminPage } from './pages/Admin';
import { AlertsPage } from './pages/Alerts';
import { StoryPage } from './pages/Story';
import './styles.css';

function Login({ onLogin }: { onLogin: (u: User) => void }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    api.login(name, password).then(onLogin, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  };
  return (
    <main className="login">
      <h1>Vigil</h1>
      <form onSubmit={submit}>
        <label>User <input name="name" autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} /></label>
        <label>Password <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} /></label>
        <button type="submit">Log in</button>
        {error && <p className="error" role="alert">{error}</p>}
      </form>
    </main>
  );
}

/** Unread alerts, for the navigation: read again on every page change, when alerts change, and each minute. */
function useUnreadAlerts(user: User | null | undefined): number | null {
  const [unread, setUnread] = useState<number | null>(null);
  useEffect(() => {
    if (!user) return;
    let live = true;
    const load = () => { api.get<{ unread: number }>('/api/alerts/unread').then((r) => { if (live) setUnread(r.unread); }, () => undefined); };
    load();
    const timer = window.setInterval(load, 60_000);
    window.addEventListener('hashchange', load);
    window.addEventListener(alertsChanged, load);
    return () => { live = false; window.clearInterval(timer); window.removeEventListener('hashchange', load); window.removeEventListener(alertsChanged, load); };
  }, [user]);
  return unread;
}

function App() {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const route = useRoute();
  useEffect(() => { api.me().then(setUser, () => setUser(null)); }, []);
  const unread = useUnreadAlerts(user);
  if (user === undefined) return <p className="loading">Loading…</p>;
  if (user === null) return <Login onLogin={setUser} />;
  const nav: Array<[string, string, string]> = [['#/', 'Inbox', 'inbox'], ['#/alerts', 'Alerts', 'alerts'], ['#/search', 'Search', 'search'], ['#/graph', 'Graph', 'graph'], ['#/map', 'Map', 'map']];
  if (user.role === 'admin') nav.push(['#/admin', 'Admin', 'admin']);
  const badge = (page: string) => (page === 'alerts' && unread ? <span className="count" aria-label={`${unread} unread`}>{unread}</span> : null);
  return (
    <>
      <header className="top">
        <a className="brand" href="#/">Vigil</a>
        <nav>{nav.map(([h, label, page]) => <a key={h} href={h} className={route.page === page ? 'active' : ''}>{label}{badge(page)}</a>)}</nav>
        <span className="who">{user.name} · {user.role} <button className="link" onClick={() => { void api.logout().then(() => setUser(null)); }}>Log out</button></span>
      </header>
      <main className="page">
        {route.page === 'inbox' && <Inbox params={route.params} />}
        {route.page === 'doc' && <Reader id={route.id} user={user} cited={route.params.get('hl')} />}
        {route.page === 'actor' && <ActorPage id={route.id} user={user} />}
        {route.page === 'search' && <SearchPage params={route.params} />}
        {route.page === 'graph' && <GraphPage />}
        {route.page === 'map' && <MapPage />}
        {route.page === 'admin' && <AdminPage />}
        {route.page === 'alerts' && <AlertsPage params={route.params} user={user} />}
        {route.page === 'story' && <StoryPage params={route.params} />}
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
