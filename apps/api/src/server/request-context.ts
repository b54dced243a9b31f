import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { fromTrustedProxy, headerValue, visitorAddress, visitorProtocol, type TrustedProxies } from './trusted-proxies';

/** Who made a request, for its log line and metrics; never who exactly. */
export type ActorKind = 'anonymous' | 'family' | 'staff' | 'api-client';

/** What the API knows about one HTTP request beyond Node's IncomingMessage. */
export interface RequestContext {
  /** Returned in X-Request-Id, on the request's log line, in its audit entries and error logs. */
  requestId: string;
  /** The visitor's address (through trusted proxies only). */
  clientIp: string | null;
  protocol: 'http' | 'https';
  /** Filled in once the request is authenticated (GraphQL context, sign-out). */
  actorKind: ActorKind;
  /** The GraphQL operation's name, when the request is one. */
  operationName?: string;
}

const contexts = new WeakMap<IncomingMessage, RequestContext>();

/** A proxy's request id is kept when it looks like one (a UUID or similar token), so the proxy's log and ours agree. */
const saneRequestId = /^[A-Za-z0-9._:-]{8,128}$/;

export function beginRequest(req: IncomingMessage, proxies: TrustedProxies): RequestContext {
  const incoming = fromTrustedProxy(req, proxies) ? headerValue(req, 'x-request-id')?.trim() : undefined;
  const context: RequestContext = {
    requestId: incoming && saneRequestId.test(incoming) ? incoming : randomUUID(),
    clientIp: visitorAddress(req, proxies),
    protocol: visitorProtocol(req, proxies),
    actorKind: 'anonymous',
  };
  contexts.set(req, context);
  return context;
}

/** The request's context; a request that did not pass the API's listener (a unit test's bare request) gets a fresh one. */
export function requestContextOf(req: IncomingMessage): RequestContext {
  return contexts.get(req) ?? beginRequest(req, { trusts: () => false, entries: [] });
}
