import type { ServerResponse } from 'node:http';

export function sendHtml(res: ServerResponse, status: number, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  // Interaction pages carry one-time state; a cached copy would post to a finished interaction.
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

export function sendMethodNotAllowed(res: ServerResponse, allow: string): void {
  res.statusCode = 405;
  res.setHeader('Allow', allow);
  res.end();
}

/** 302 after a GET; 303 after a form post, so that the browser follows it with a GET. */
export function sendRedirect(res: ServerResponse, status: 302 | 303, location: string, setCookie?: string): void {
  res.statusCode = status;
  res.setHeader('Location', location);
  res.setHeader('Cache-Control', 'no-store');
  if (setCookie !== undefined) {
    res.setHeader('Set-Cookie', setCookie);
  }
  res.end();
}

export function sendSeeOther(res: ServerResponse, location: string, setCookie?: string): void {
  sendRedirect(res, 303, location, setCookie);
}

/** ESIA's API answers (token endpoint, person data): never cached, they carry tokens and personal data. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}
