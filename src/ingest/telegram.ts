/**
 * Telegram Desktop channel exports (result.json). Each message with text
 * becomes a RawInput; a message that cannot be read is reported and the rest
 * of the export is still read.
 */
import { z } from 'zod';
import { IngestError } from '../core/errors.js';
import type { DocumentMeta, RawInput } from '../core/types.js';

/** `text` is a string, or an array of strings and {type, text} entity objects (bold, link, mention...). */
const textPart = z.union([z.string(), z.looseObject({ type: z.string().optional(), text: z.string() })]);
const messageText = z.union([z.string(), z.array(textPart)]);

const messageSchema = z.looseObject({
  id: z.number().int(),
  type: z.string().optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'a date like 2024-01-31T10:00:00'),
  date_unixtime: z.union([z.string(), z.number()]).optional(),
  edited: z.string().optional(),
  edited_unixtime: z.union([z.string(), z.number()]).optional(),
  from: z.string().nullable().optional(),
  forwarded_from: z.string().nullable().optional(),
  text: messageText.optional(),
});

const chatSchema = z.looseObject({
  name: z.string().nullable().optional(),
  type: z.string().optional(),
  id: z.union([z.number(), z.string()]).optional(),
  messages: z.array(z.unknown()),
});

export interface TelegramMessage {
  /** Stable identity: chat and message id, plus the edit time so an edited post is read again. */
  key: string;
  id: number;
  /** As the export wrote it: local time without a zone, e.g. 2024-01-31T10:00:00. */
  date: string;
  edited: string | null;
  from: string | null;
  /** The channel or person the post was forwarded from; the words are theirs. */
  forwardedFrom: string | null;
  text: string;
}

export interface TelegramExport {
  channel: string | null;
  chatId: string | null;
  messages: TelegramMessage[];
  /** Messages that could not be read, one line each. */
  problems: string[];
  /** Messages with nothing to analyse: service messages, media without a caption. */
  skipped: number;
}

/** The plain text of a message's `text` field, entity objects flattened to their text. */
export function flattenText(text: z.infer<typeof messageText> | undefined): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text.map((p) => (typeof p === 'string' ? p : p.text)).join('');
}

function describeIssue(err: z.ZodError): string {
  const issue = err.issues[0];
  if (!issue) return 'invalid';
  if (issue.path.length === 0) return 'not an object';
  const field = issue.path.join('.');
  if (issue.code === 'invalid_type' && issue.input === undefined) return `missing '${field}'`;
  if (field === 'text') return "'text' is neither a string nor a list of strings and {type, text} objects";
  return `'${field}': ${issue.message}`;
}

/** Reads one chat from a Telegram Desktop export. Throws IngestError when the file is not such an export at all. */
export function parseTelegramExport(json: string, origin: string): TelegramExport {
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch (err) {
    throw new IngestError('PARSE_FAILED', `not JSON: ${origin}: ${(err as Error).message}`, { cause: err });
  }
  const chat = chatSchema.safeParse(root);
  if (!chat.success) {
    throw new IngestError('PARSE_FAILED', `not a Telegram chat export (expected an object with a 'messages' array): ${origin}`);
  }
  const channel = chat.data.name ?? null;
  const chatId = chat.data.id === undefined ? null : String(chat.data.id);
  const messages: TelegramMessage[] = [];
  const problems: string[] = [];
  let skipped = 0;
  chat.data.messages.forEach((raw, index) => {
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { id?: unknown } | null)?.id;
      problems.push(`message ${typeof id === 'number' ? `id ${id}` : `#${index + 1}`} skipped: ${describeIssue(parsed.error)}`);
      return;
    }
    const m = parsed.data;
    const text = flattenText(m.text).trim();
    if ((m.type !== undefined && m.type !== 'message') || text === '') {
      skipped++;
      return;
    }
    const edited = m.edited ?? null;
    const editStamp = m.edited_unixtime ?? edited;
    messages.push({
      key: `telegram:${chatId ?? channel ?? origin}:${m.id}${editStamp ? `@${editStamp}` : ''}`,
      id: m.id,
      date: m.date,
      edited,
      from: m.from ?? null,
      forwardedFrom: m.forwarded_from ?? null,
      text,
    });
  });
  return { channel, chatId, messages, problems, skipped };
}

export interface TelegramChannelInfo {
  /** Name of the channel as the export gives it. */
  channel: string | null;
  /** Public username (t.me/NAME), when the operator knows it: gives each post a URL. */
  username?: string | null;
  /** Path or label of the export file. */
  origin: string;
}

/** A message as a raw input: its text, with the channel, date, author and link as hints. */
export function telegramMessageToInput(message: TelegramMessage, info: TelegramChannelInfo): RawInput {
  const url = info.username ? `https://t.me/${info.username}/${message.id}` : null;
  const hints: Partial<DocumentMeta> = { published: message.date.slice(0, 10) };
  // A forwarded post speaks for the channel it came from; the forwarding channel is where we read it.
  const author = message.forwardedFrom ?? message.from ?? info.channel;
  if (author) hints.author = author;
  if (info.channel) hints.source = info.channel;
  if (url) hints.url = url;
  return {
    name: url ?? `${message.key.replace(/@.*$/, '')}`,
    bytes: new TextEncoder().encode(message.text + '\n'),
    contentType: 'text/plain; charset=utf-8',
    origin: info.origin,
    hints,
  };
}
