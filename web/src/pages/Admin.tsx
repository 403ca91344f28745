import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { useLoad } from '../route';

interface U { id: number; name: string; role: string; disabled: boolean }
interface A { id: number; at: number; actor: string; action: string; subject: string; detail: string }

export function AdminPage() {
  const users = useLoad(() => api.get<U[]>('/api/users'), 'users');
  const audit = useLoad(() => api.get<A[]>('/api/audit?limit=100'), 'audit');
  const [form, setForm] = useState({ name: '', role: 'viewer', password: '' });
  const [message, setMessage] = useState<string | null>(null);
  if (users.error) return <p className="error" role="alert">{users.error}</p>;
  const add = (e: FormEvent) => {
    e.preventDefault();
    api.post('/api/users', form).then(() => { setForm({ name: '', role: 'viewer', password: '' }); setMessage(null); users.reload(); audit.reload(); }, (err: unknown) => setMessage(err instanceof Error ? err.message : String(err)));
  };
  const change = (u: U, body: object) => { api.patch(`/api/users/${u.id}`, body).then(() => { users.reload(); audit.reload(); }, (err: unknown) => setMessage(String(err))); };
  return (
    <section>
      <h1>Admin</h1>
      <h2>Accounts</h2>
      <table><thead><tr><th>user</th><th>role</th><th>state</th></tr></thead><tbody>
        {users.data?.map((u) => (
          <tr key={u.id}><td>{u.name}</td>
            <td><select value={u.role} onChange={(e) => change(u, { role: e.target.value })}><option>viewer</option><option>analyst</option><option>admin</option></select></td>
            <td><button onClick={() => change(u, { disabled: !u.disabled })}>{u.disabled ? 'Enable' : 'Disable'}</button></td></tr>
        ))}
      </tbody></table>
      <form className="filters" onSubmit={add}>
        <input placeholder="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })}><option>viewer</option><option>analyst</option><option>admin</option></select>
        <input type="password" placeholder="password (10+ characters)" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />
        <button type="submit">Add account</button>
        {message && <span className="error">{message}</span>}
      </form>
      <h2>Audit log</h2>
      <table className="audit"><thead><tr><th>when</th><th>who</th><th>what</th><th>on</th></tr></thead><tbody>
        {audit.data?.map((a) => <tr key={a.id}><td>{new Date(a.at).toLocaleString()}</td><td>{a.actor}</td><td>{a.action}</td><td>{a.subject}</td></tr>)}
      </tbody></table>
    </section>
  );
}
