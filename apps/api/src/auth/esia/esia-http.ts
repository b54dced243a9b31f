import { EsiaRefusalError } from './esia-refusal-error';

export interface EsiaAnswer {
  status: number;
  /** The body parsed as JSON; undefined when it is not JSON. */
  json: unknown;
}

/**
 * One call to ESIA (`what` names it in a refusal), given up after `timeoutMs` whether ESIA is silent before its headers or in the middle of its body.
 * Node's fetch keeps connections alive and reuses them (undici's default pool), so the token exchange and the person
 * data of one sign-in share a TLS connection. ESIA never redirects these calls: a redirect is answered as it is.
 */
export async function callEsia(what: string, url: string, init: RequestInit, timeoutMs: number): Promise<EsiaAnswer> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetch(url, { ...init, redirect: 'manual', signal: abort.signal });
    const text = await response.text();
    return { status: response.status, json: parseJson(text) };
  } catch {
    throw EsiaRefusalError.of('unavailable', `${what}: ${abort.signal.aborted ? `no answer within ${timeoutMs} ms` : 'unreachable'}`);
  } finally {
    clearTimeout(timer);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
