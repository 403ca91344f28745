import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { safeFetch, FetchError } from './fetch.js';
import { checkAddress, AddressAllowList } from './fetch-address.js';
import { startTestServer, serve } from './fixtures/feeds/server.js';

const local = { allowAddresses: ['127.0.0.1'] };

const server = await startTestServer();
const other = await startTestServer(); // a second origin (another port) for cross-origin redirects
after(async () => { await server.close(); await other.close(); });

async function rejects(p: Promise<unknown>, code: string, pattern: RegExp): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof FetchError, `expected FetchError, got ${String(err)}`);
    assert.equal(err.code, code);
    assert.match(err.message, pattern);
    return err;
  }
  assert.fail('expected the fetch to fail');
}

test('fetches a page from an allowed local address', async () => {
  server.routes.set('/page', serve('<p>Statement of the brigade</p>'));
  const r = await safeFetch(server.url('/page'), local);
  assert.equal(r.status, 200);
  assert.equal(Buffer.from(r.bytes).toString(), '<p>Statement of the brigade</p>');
  assert.match(r.contentType ?? '', /text\/html/);
});

test('refuses loopback without an explicit allowance, before any request is sent', async () => {
  server.routes.set('/secret', serve('internal'));
  const before = server.requests.length;
  await rejects(safeFetch(server.url('/secret')), 'FORBIDDEN_ADDRESS', /127\.0\.0\.1/);
  await rejects(safeFetch(server.url('/secret').replace('127.0.0.1', 'localhost')), 'FORBIDDEN_ADDRESS', /refused/);
  assert.equal(server.requests.length, before);
});

test('a redirect from an allowed host to a refused address is refused at that hop', async () => {
  server.routes.set('/to-metadata', (_q, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end());
  await rejects(safeFetch(server.url('/to-metadata'), local), 'FORBIDDEN_ADDRESS', /169\.254\.169\.254/);
});

test('address policy', () => {
  const table: Array<[string, boolean]> = [
    ['8.8.8.8', true], ['93.184.216.34', true], ['2606:4700:4700::1111', true],
    ['127.0.0.1', false], ['127.9.9.9', false], ['10.0.0.5', false], ['172.16.4.4', false], ['172.31.255.255', false],
    ['172.32.0.1', true], ['192.168.1.1', false], ['169.254.169.254', false], ['100.64.0.1', false], ['0.0.0.0', false],
    ['224.0.0.1', false], ['255.255.255.255', false],
    ['::1', false], ['::', false], ['fe80::1', false], ['fd00:ec2::254', false], ['fc00::1', false], ['ff02::1', false],
    ['::ffff:127.0.0.1', false], ['::ffff:10.1.2.3', false], ['::ffff:8.8.8.8', true], ['64:ff9b::a9fe:a9fe', false],
    ['2002:c0a8:0101::1', false], ['not-an-ip', false],
  ];
  for (const [ip, allowed] of table) assert.equal(checkAddress(ip).allowed, allowed, ip);
  const allow = new AddressAllowList(['127.0.0.1', '10.8.0.0/16']);
  assert.equal(checkAddress('127.0.0.1', allow).allowed, true);
  assert.equal(checkAddress('127.0.0.2', allow).allowed, false);
  assert.equal(checkAddress('10.8.3.4', allow).allowed, true);
  assert.equal(checkAddress('10.9.3.4', allow).allowed, false);
  assert.throws(() => new AddressAllowList(['nonsense']), /not an IP address/);
});

test('conditional GET: validators are sent and 304 means unchanged', async () => {
  server.routes.set('/feed-etag', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') { res.writeHead(304, { etag: '"v1"' }).end(); return; }
    res.writeHead(200, { etag: '"v1"', 'last-modified': 'Wed, 01 Nov 2023 10:00:00 GMT', 'content-type': 'application/rss+xml' }).end('<rss/>');
  });
  const first = await safeFetch(server.url('/feed-etag'), local);
  assert.equal(first.notModified, false);
  assert.equal(first.etag, '"v1"');
  assert.equal(first.lastModified, 'Wed, 01 Nov 2023 10:00:00 GMT');
  const second = await safeFetch(server.url('/feed-etag'), { ...local, etag: first.etag, lastModified: first.lastModified });
  assert.equal(second.notModified, true);
  assert.equal(second.status, 304);
  assert.equal(second.bytes.length, 0);
  const last = server.requests.filter((r) => r.path === '/feed-etag').at(-1);
  assert.equal(last?.headers['if-modified-since'], 'Wed, 01 Nov 2023 10:00:00 GMT');
});

test('a 500 is a retryable error carrying its status; a 404 is not retryable', async () => {
  server.routes.set('/broken', (_q, res) => res.writeHead(500).end('oops'));
  server.routes.set('/busy', (_q, res) => res.writeHead(503, { 'retry-after': '120' }).end());
  const e500 = await rejects(safeFetch(server.url('/broken'), local), 'FETCH_FAILED', /HTTP 500/);
  assert.equal(e500.status, 500);
  assert.equal(e500.retryable, true);
  const e503 = await rejects(safeFetch(server.url('/busy'), local), 'FETCH_FAILED', /HTTP 503/);
  assert.equal(e503.retryAfterMs, 120_000);
  const e404 = await rejects(safeFetch(server.url('/nowhere'), local), 'FETCH_FAILED', /HTTP 404/);
  assert.equal(e404.retryable, false);
});

test('a server that never answers times out', async () => {
  server.routes.set('/stall', () => { /* never answers */ });
  server.routes.set('/slow-body', (_q, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); res.write('first part'); });
  const e = await rejects(safeFetch(server.url('/stall'), { ...local, limits: { timeoutMs: 300 } }), 'FETCH_FAILED', /timed out after 0\.3s/);
  assert.equal(e.retryable, true);
  await rejects(safeFetch(server.url('/slow-body'), { ...local, limits: { timeoutMs: 300 } }), 'FETCH_FAILED', /timed out/);
});

test('redirect loops and over-long redirect chains are refused', async () => {
  server.routes.set('/loop-a', (_q, res) => res.writeHead(302, { location: '/loop-b' }).end());
  server.routes.set('/loop-b', (_q, res) => res.writeHead(301, { location: '/loop-a' }).end());
  await rejects(safeFetch(server.url('/loop-a'), local), 'FETCH_FAILED', /redirect loop/);
  for (let i = 0; i < 10; i++) server.routes.set(`/chain-${i}`, (_q, res) => res.writeHead(307, { location: `/chain-${i + 1}` }).end());
  server.routes.set('/chain-10', serve('end of chain'));
  await rejects(safeFetch(server.url('/chain-0'), { ...local, limits: { maxRedirects: 3 } }), 'FETCH_FAILED', /more than 3 redirects/);
  const ok = await safeFetch(server.url('/chain-0'), { ...local, limits: { maxRedirects: 10 } });
  assert.equal(ok.url, server.url('/chain-10'));
});

test('oversize responses are refused: declared, streamed without a length, and compressed bombs', async () => {
  const big = 'x'.repeat(4096);
  server.routes.set('/big', serve(big, 'text/plain'));
  server.routes.set('/big-chunked', (_q, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); for (let i = 0; i < 8; i++) res.write('y'.repeat(1024)); res.end(); });
  const bomb = zlib.gzipSync(Buffer.alloc(4 * 1024 * 1024));
  server.routes.set('/bomb', serve(bomb, 'application/xml', { 'content-encoding': 'gzip' }));
  const limits = { maxBytes: 2048 };
  await rejects(safeFetch(server.url('/big'), { ...local, limits }), 'TOO_LARGE', /over the 2\.0 KB limit/);
  await rejects(safeFetch(server.url('/big-chunked'), { ...local, limits }), 'TOO_LARGE', /limit/);
  assert.ok(bomb.length < 2048 * 4, 'the bomb is small on the wire');
  await rejects(safeFetch(server.url('/bomb'), { ...local, limits: { maxBytes: 64 * 1024 } }), 'TOO_LARGE', /limit/);
  const ok = await safeFetch(server.url('/big'), { ...local, limits: { maxBytes: 8192 } });
  assert.equal(ok.bytes.length, 4096);
});

test('gzip bodies within the limit are decompressed', async () => {
  server.routes.set('/gz', serve(zlib.gzipSync('compressed statement'), 'text/plain', { 'content-encoding': 'gzip' }));
  const r = await safeFetch(server.url('/gz'), local);
  assert.equal(Buffer.from(r.bytes).toString(), 'compressed statement');
});

test('credentials are dropped on a cross-origin redirect and kept on a same-origin one', async () => {
  other.routes.set('/landing', serve('landed'));
  server.routes.set('/away', (_q, res) => res.writeHead(302, { location: other.url('/landing') }).end());
  server.routes.set('/here', (_q, res) => res.writeHead(302, { location: '/landing-here' }).end());
  server.routes.set('/landing-here', serve('landed here'));
  const secrets = { authorization: 'Bearer s3cret', cookie: 'session=abc', 'x-trace': 'keep' };
  await safeFetch(server.url('/away'), { ...local, headers: secrets });
  const atOther = other.requests.filter((r) => r.path === '/landing').at(-1);
  assert.ok(atOther);
  assert.equal(atOther.headers.authorization, undefined);
  assert.equal(atOther.headers.cookie, undefined);
  assert.equal(atOther.headers['x-trace'], 'keep');
  await safeFetch(server.url('/here'), { ...local, headers: secrets });
  const atSame = server.requests.filter((r) => r.path === '/landing-here').at(-1);
  assert.equal(atSame?.headers.authorization, 'Bearer s3cret');
});

test('only http and https, and no credentials inside the URL', async () => {
  await rejects(safeFetch('file:///etc/passwd', local), 'FETCH_FAILED', /only http and https/);
  await rejects(safeFetch('ftp://127.0.0.1/x', local), 'FETCH_FAILED', /only http and https/);
  await rejects(safeFetch(server.url('/page').replace('http://', 'http://user:pw@'), local), 'FETCH_FAILED', /credentials/);
  server.routes.set('/to-file', (_q, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
  await rejects(safeFetch(server.url('/to-file'), local), 'FETCH_FAILED', /only http and https/);
  await rejects(safeFetch('not a url', local), 'FETCH_FAILED', /not a URL/);
});
