import { StrictMode, useEffect, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { api, type User } from './api';
import { useRoute } from './route';
import { Inbox } from './pages/Inbox';
import { Reader } from './pages/Reader';
import { ActorPage } from './pages/Actor';
import { SearchPage } from './pages/Search';
import { GraphPage } from './pages/Graph';
import { MapPage } from './pages/MapPage';
import { AdminPage } from './pages/Admin';
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

function App() {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const route = useRoute();
  useEffect(() => { api.me().then(setUser, () => setUser(null)); }, []);
  if (user === undefined) return <p className="loading">Loading…</p>;
  if (user === null) return <Login onLogin={setUser} />;
  const nav: Array<[string, string, string]> = [['#/', 'Inbox', 'inbox'], ['#/search', 'Search', 'search'], ['#/graph', 'Graph', 'graph'], ['#/map', 'Map', 'map']];
  if (user.role === 'admin') nav.push(['#/admin', 'Admin', 'admin']);
  return (
    <>
      <header className="top">
        <a className="brand" href="#/">Vigil</a>
        <nav>{nav.map(([h, label, page]) => <a key={h} href={h} className={route.page === page ? 'active' : ''}>{label}</a>)}</nav>
        <span className="who">{user.name} · {user.role} <button className="link" onClick={() => { void api.logout().then(() => setUser(null)); }}>Log out</button></span>
      </header>
      <main className="page">
        {route.page === 'inbox' && <Inbox params={route.params} />}
        {route.page === 'doc' && <Reader id={route.id} user={user} />}
        {route.page === 'actor' && <ActorPage id={route.id} user={user} />}
        {route.page === 'search' && <SearchPage params={route.params} />}
        {route.page === 'graph' && <GraphPage />}
        {route.page === 'map' && <MapPage />}
        {route.page === 'admin' && <AdminPage />}
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
