import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MessageStore } from '../message-store';
import { renderInboxPage } from '../pages/inbox-page';
import { renderMessagePage } from '../pages/message-page';
import { renderNotFoundPage } from '../pages/not-found-page';
import { sendJson, sendMessageHtml, sendPage } from './send';

const MESSAGE_PATH = /^\/messages\/(\d+)(\/html)?$/;
const API_MESSAGE_PATH = /^\/api\/messages\/(\d+)$/;

/** Read-only routes: the inbox, one message, its HTML, and the same as JSON. */
export function handleRequest(store: MessageStore, timeZone: string, request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' });
    response.end();
    return;
  }
  const path = new URL(request.url ?? '/', 'http://sink').pathname;
  const newestFirst = () => [...store.all()].reverse();

  if (path === '/') {
    sendPage(response, 200, renderInboxPage(newestFirst(), timeZone));
    return;
  }
  if (path === '/api/messages') {
    sendJson(response, 200, newestFirst());
    return;
  }

  const api = API_MESSAGE_PATH.exec(path);
  if (api) {
    const message = store.find(Number(api[1]));
    if (message) sendJson(response, 200, message);
    else sendJson(response, 404, { error: 'not found' });
    return;
  }

  const page = MESSAGE_PATH.exec(path);
  const message = page ? store.find(Number(page[1])) : undefined;
  if (page && message) {
    if (page[2]) sendMessageHtml(response, message.html);
    else sendPage(response, 200, renderMessagePage(message, timeZone));
    return;
  }
  sendPage(response, 404, renderNotFoundPage());
}
