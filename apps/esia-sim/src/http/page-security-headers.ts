import { createHash } from 'node:crypto';
import { pageStyles } from '../pages/layout';
import { submitLogoutScript } from '../pages/logout-pages';

const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Headers for every answer of the sim. Its pages load nothing: the one inline stylesheet and
 * the logout page's auto-submit are allowed by their hashes, nothing else runs. form-action
 * names the relying parties because browsers check it along the redirects after a form post:
 * consent ends at the client's redirect URI, logout at its post-logout URI.
 */
export function pageSecurityHeaders(relyingPartyOrigins: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': [
      "default-src 'none'",
      `style-src ${hashSource(pageStyles)}`,
      `script-src ${hashSource(submitLogoutScript)}`,
      `form-action 'self' ${relyingPartyOrigins.join(' ')}`.trim(),
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ].join('; '),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}
