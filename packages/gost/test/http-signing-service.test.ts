import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { certificateHash, developmentClientCredentials, httpSigningService, pureJsSigner, pureJsVerifier } from '../src/index.ts';
import { reversed } from './support/bytes.ts';

const fixture = developmentClientCredentials();
const message = new TextEncoder().encode('client_id + scope + timestamp + state + redirect_uri');
const servers: Server[] = [];

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

async function signingService(handler: Handler): Promise<string> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handler(request, Buffer.concat(chunks).toString('utf8'), response));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/sign`;
}

function answerJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

afterEach(async () => {
  vi.useRealTimers();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('httpSigningService', () => {
  it('posts the data as base64 with the configured headers and returns the service’s signature', async () => {
    const backend = await pureJsSigner(fixture);
    const seen: { method?: string; type?: string; authorization?: string; data?: string } = {};
    const url = await signingService(async (request, body, response) => {
      Object.assign(seen, { method: request.method, type: request.headers['content-type'], authorization: request.headers.authorization });
      const { data } = JSON.parse(body) as { data: string };
      seen.data = data;
      const signature = await backend.sign(Buffer.from(data, 'base64'));
      answerJson(response, 200, { signature: Buffer.from(signature).toString('base64') });
    });
    const signer = httpSigningService({ url, certificatePem: fixture.certificatePem, headers: { authorization: 'Bearer dss-token' } });

    const signature = await signer.sign(message);

    expect(seen).toEqual({
      method: 'POST',
      type: 'application/json',
      authorization: 'Bearer dss-token',
      data: Buffer.from(message).toString('base64'),
    });
    expect(await pureJsVerifier().verify(message, signature, fixture.certificatePem)).toBe(true);
    expect(await signer.certificateHash()).toBe(certificateHash(fixture.certificatePem));
  });

  it('with a verifier, refuses a signature in CryptoAPI’s reversed byte order instead of passing it on to ESIA', async () => {
    const backend = await pureJsSigner(fixture);
    const url = await signingService(async (_request, body, response) => {
      const signature = await backend.sign(Buffer.from((JSON.parse(body) as { data: string }).data, 'base64'));
      answerJson(response, 200, { signature: Buffer.from(reversed(signature)).toString('base64') });
    });
    const signer = httpSigningService({ url, certificatePem: fixture.certificatePem, verifier: pureJsVerifier() });

    await expect(signer.sign(message)).rejects.toMatchObject({ code: 'bad-response', message: expect.stringMatching(/CryptoAPI order/) });
  });

  it('gives up with "timeout" when the service holds the request past the timeout', async () => {
    let received!: () => void;
    const requestReceived = new Promise<void>((resolve) => {
      received = resolve;
    });
    const url = await signingService(() => received());
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    const signing = httpSigningService({ url, certificatePem: fixture.certificatePem, timeoutMs: 3000 }).sign(message);
    const outcome = signing.catch((error: unknown) => error);
    await requestReceived;
    vi.advanceTimersByTime(3000);

    expect(await outcome).toMatchObject({ code: 'timeout', message: 'The signing service did not answer within 3000 ms' });
  });

  it('says "unreachable" when nothing listens at the address', async () => {
    const url = await signingService(() => {});
    const server = servers.pop()!;
    await new Promise((resolve) => server.close(resolve));

    await expect(httpSigningService({ url, certificatePem: fixture.certificatePem }).sign(message)).rejects.toMatchObject({
      code: 'unreachable',
    });
  });

  it.each([
    ['an HTTP error', (response: ServerResponse) => answerJson(response, 503, { error: 'HSM offline' }), /HTTP 503/],
    ['no JSON', (response: ServerResponse) => response.writeHead(200).end('<html>login</html>'), /JSON/],
    ['a short signature', (response: ServerResponse) => answerJson(response, 200, { signature: 'AAAA' }), /64 bytes/],
    ['no signature field', (response: ServerResponse) => answerJson(response, 200, { sig: 'x' }), /64 bytes/],
    ['a signature that is not base64', (response: ServerResponse) => answerJson(response, 200, { signature: '!'.repeat(88) }), /64 bytes/],
  ])('says "bad-response" for %s', async (_case, answer, reason) => {
    const url = await signingService((_request, _body, response) => answer(response));

    await expect(httpSigningService({ url, certificatePem: fixture.certificatePem }).sign(message)).rejects.toMatchObject({
      code: 'bad-response',
      message: expect.stringMatching(reason),
    });
  });
});
