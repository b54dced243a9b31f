import type { IncomingMessage } from 'node:http';

const maxFormBytes = 64 * 1024;

export class FormTooLargeError extends Error {}

/** Reads an application/x-www-form-urlencoded body (the only kind our pages post). */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxFormBytes) {
      throw new FormTooLargeError('form body too large');
    }
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
