import type { RouteHandler } from '../server/http-types';
import { handleInteraction } from './interaction';
import { oidcMountPath } from './paths';

const interactionRoute = new RegExp(`^${oidcMountPath}/interaction/([A-Za-z0-9_-]{1,64})(/abort)?$`);

export function isOidcPath(path: string): boolean {
  return path === oidcMountPath || path.startsWith(`${oidcMountPath}/`);
}

/** Everything under /oidc: Vhod's hand-over of an interaction, else oidc-provider (discovery, keys, auth, token, userinfo, logout). */
export const oidcRoute: RouteHandler = async (req, res, services) => {
  const path = new URL(req.url ?? '/', services.config.publicOrigin).pathname;
  const interaction = interactionRoute.exec(path);
  if (!interaction) return services.oidc.handle(req, res);
  if (req.method !== 'GET') {
    res.statusCode = 405;
    res.setHeader('Allow', 'GET');
    return void res.end();
  }
  await handleInteraction(req, res, services, interaction[1]!, interaction[2] ? 'abort' : 'continue');
};
