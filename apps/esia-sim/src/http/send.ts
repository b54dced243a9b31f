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

/** 303 so that the browser follows a form post with a GET. */
export function sendSeeOther(res: ServerResponse, location: string, setCookie?: string): void {
  res.statusCode = 303;
  res.setHeader('Location', location);
  res.setHeader('Cache-Control', 'no-store');
  if (setCookie !== undefined) {
    res.setHeader('Set-Cookie', setCookie);
  }
  res.end();
}
