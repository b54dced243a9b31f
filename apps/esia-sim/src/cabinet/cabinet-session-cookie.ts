import type { IncomingMessage } from 'node:http';
import { readCookie, serializeCookie } from '../http/cookies';
import { cabinetCookieName, type CabinetContext } from './cabinet-context';
import { cabinetPaths } from './paths';

export function cabinetSubject(context: CabinetContext, req: IncomingMessage): string | undefined {
  return context.sessions.subjectOf(readCookie(req, cabinetCookieName));
}

export function openCabinetSession(context: CabinetContext, subject: string): string {
  const token = context.sessions.open(subject);
  return serializeCookie(cabinetCookieName, token, { path: cabinetPaths.home, maxAge: context.sessions.maxAgeSeconds });
}

export function closeCabinetSession(context: CabinetContext, req: IncomingMessage): string {
  context.sessions.close(readCookie(req, cabinetCookieName));
  return serializeCookie(cabinetCookieName, '', { path: cabinetPaths.home, maxAge: 0 });
}
