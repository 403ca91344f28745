import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseTelegramExport, telegramMessageToInput, flattenText } from './telegram.js';
import { VigilError } from '../core/errors.js';

// A made-up channel export in Telegram Desktop's result.json shape.
const exportJson = {
  name: 'Eastern Front Media',
  type: 'public_channel',
  id: 1700000001,
  messages: [
    { id: 1, type: 'service', date: '2024-01-10T09:00:00', actor: 'Eastern Front Media', action: 'create_channel', text: '' },
    {
      id: 2, type: 'message', date: '2024-01-11T21:05:00', date_unixtime: '1705000000', from: 'Eastern Front Media', from_id: 'channel1700000001',
      text: ['The commander ', { type: 'bold', text: 'warned' }, ' that bases ', { type: 'text_link', text: 'in the north', href: 'https://x.example' }, ' are targets. ', { type: 'hashtag', text: '#statement' }],
      text_entities: [],
    },
    {
      id: 3, type: 'message', date: '2024-01-12T08:00:00', from: 'Eastern Front Media', forwarded_from: 'Southern Wing Channel',
      text: 'A forwarded communiqué claiming a drone launch.',
    },
    {
      id: 4, type: 'message', date: '2024-01-12T10:00:00', edited: '2024-01-12T10:30:00', edited_unixtime: '1705044600', from: 'Eastern Front Media',
      text: 'Corrected: the convoy was hit at dawn.',
    },
    { id: 5, type: 'message', date: '2024-01-12T11:00:00', from: 'Eastern Front Media', photo: 'photos/p.jpg', text: '' },
    { type: 'message', date: '2024-01-12T12:00:00', text: 'no id here' },
    { id: 7, type: 'message', text: 'no date here' },
    { id: 8, type: 'message', date: '2024-01-12T13:00:00', text: [{ type: 'bold' }] },
    { id: 9, type: 'message', date: '2024-01-13T07:00:00', from: null, text: 'بيان صادر عن المكتب الإعلامي' },
    'not even an object',
  ],
};

test('messages: entity arrays flattened, forwards and edits kept, service and media-only posts counted as skipped', () => {
  const exp = parseTelegramExport(JSON.stringify(exportJson), 'exports/eastern/result.json');
  assert.equal(exp.channel, 'Eastern Front Media');
  assert.equal(exp.chatId, '1700000001');
  assert.deepEqual(exp.messages.map((m) => m.id), [2, 3, 4, 9]);
  const [two, three, four, nine] = exp.messages;
  assert.equal(two?.text, 'The commander warned that bases in the north are targets. #statement');
  assert.equal(two?.key, 'telegram:1700000001:2');
  assert.equal(three?.forwardedFrom, 'Southern Wing Channel');
  assert.equal(four?.edited, '2024-01-12T10:30:00');
  assert.equal(four?.key, 'telegram:1700000001:4@1705044600', 'an edit gives the post a new identity so it is read again');
  assert.equal(nine?.from, null);
  assert.equal(exp.skipped, 2);
});

test('messages with missing or wrong fields are reported one line each and the rest continue', () => {
  const exp = parseTelegramExport(JSON.stringify(exportJson), 'result.json');
  assert.deepEqual(exp.problems, [
    "message #6 skipped: missing 'id'",
    "message id 7 skipped: missing 'date'",
    "message id 8 skipped: 'text' is neither a string nor a list of strings and {type, text} objects",
    'message #10 skipped: not an object',
  ]);
});

test('a file that is not a chat export fails as a whole with one clear line', () => {
  assert.throws(() => parseTelegramExport('{"name":"x"}', 'a.json'), /not a Telegram chat export .*'messages' array.*: a\.json/);
  assert.throws(() => parseTelegramExport('{"messages": 5}', 'b.json'), /not a Telegram chat export/);
  assert.throws(() => parseTelegramExport('{broken', 'c.json'), (e: unknown) => e instanceof VigilError && /not JSON: c\.json/.test(e.message));
});

test('a message becomes a text raw input with channel, date, author and link hints', () => {
  const exp = parseTelegramExport(JSON.stringify(exportJson), 'exports/eastern/result.json');
  const forwarded = telegramMessageToInput(exp.messages[1]!, { channel: exp.channel, username: 'easternfront', origin: 'exports/eastern/result.json' });
  assert.equal(new TextDecoder().decode(forwarded.bytes), 'A forwarded communiqué claiming a drone launch.\n');
  assert.equal(forwarded.name, 'https://t.me/easternfront/3');
  assert.equal(forwarded.origin, 'exports/eastern/result.json');
  assert.deepEqual(forwarded.hints, { published: '2024-01-12', author: 'Southern Wing Channel', source: 'Eastern Front Media', url: 'https://t.me/easternfront/3' });
  const plain = telegramMessageToInput(exp.messages[3]!, { channel: exp.channel, origin: 'r.json' });
  assert.equal(plain.name, 'telegram:1700000001:9');
  assert.deepEqual(plain.hints, { published: '2024-01-13', author: 'Eastern Front Media', source: 'Eastern Front Media' });
});

test('property: flattening keeps every piece of text in order; parsing arbitrary JSON never throws a non-Vigil error', () => {
  const part = fc.oneof(fc.string(), fc.record({ type: fc.constantFrom('bold', 'link', 'mention', 'plain'), text: fc.string() }));
  fc.assert(fc.property(fc.array(part), (parts) => {
    const want = parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
    assert.equal(flattenText(parts), want);
  }));
  fc.assert(fc.property(fc.jsonValue(), (v) => {
    try {
      const exp = parseTelegramExport(JSON.stringify(v), 'p.json');
      for (const m of exp.messages) assert.ok(m.text.length > 0);
    } catch (err) {
      assert.ok(err instanceof VigilError);
    }
  }), { numRuns: 300 });
});
