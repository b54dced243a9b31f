import { signInRoles } from '@vhod/domain';
import { z } from 'zod';
import { appPath, redirect, type RouteHandler } from '../../server/http-types';
import { redirectToEsia } from '../redirect-to-esia';

const querySchema = z.object({
  role: z.enum(signInRoles),
  app: z.enum(['family', 'staff']).default('family'),
});

/** GET /auth/esia/login?role=parent&app=family — sign in through ESIA. */
export const startEsiaLogin: RouteHandler = async (req, res, services) => {
  const url = new URL(req.url ?? '/', services.config.publicOrigin);
  const query = querySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return redirect(res, `${appPath('family', 'auth-error')}?code=invalid-request`);
  const { role, app } = query.data;
  if ((app === 'staff') !== (role === 'staff')) return redirect(res, `${appPath(app, 'auth-error')}?code=invalid-request`);
  await redirectToEsia(req, res, services, { role, app });
};
