import type { ServerResponse } from 'node:http';

/** The sink's own pages: no scripts at all, only inline styles and frames of its own origin. */
const PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * A received message's HTML: sandboxed (no scripts, no forms, opaque origin), nothing loaded
 * from the network (images only as data: URIs), shown only inside the sink's own message page.
 */
const MESSAGE_HTML_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

function send(response: ServerResponse, status: number, type: string, body: string, policy: string): void {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  response.end(body);
}

export function sendPage(response: ServerResponse, status: number, html: string): void {
  send(response, status, 'text/html; charset=utf-8', html, PAGE_POLICY);
}

export function sendMessageHtml(response: ServerResponse, html: string): void {
  send(response, 200, 'text/html; charset=utf-8', html, MESSAGE_HTML_POLICY);
}

export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value), PAGE_POLICY);
}
