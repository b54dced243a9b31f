import { signInRoles } from '@vhod/domain';
import { z } from 'zod';
import { appPath, redirect, type RouteHandler } from '../../server/http-types';
import { redirectToEsia } from '../redirect-to-esia';

const querySchema = z.object({
  role: z.enum(signInRoles),
  app: z.enum(['family', 'staff']).default('family'),
  /** A regional system's sign-in (the OpenID Provider's interaction id) to return to afterwards. */
  interaction: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
});

/** GET /auth/esia/login?role=parent&app=family[&interaction=…] — sign in through ESIA. */
export const startEsiaLogin: RouteHandler = async (req, res, services) => {
  const url = new URL(req.url ?? '/', services.config.publicOrigin);
  const query = querySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return redirect(res, `${appPath('family', 'auth-error')}?code=invalid-request`);
  const { role, app, interaction } = query.data;
  // The console is for staff only; staff reach a regional system (a teacher, the diary) through the family portal's hand-over.
  const roleFitsApp = app === 'staff' ? role === 'staff' : role !== 'staff' || interaction !== undefined;
  if (!roleFitsApp) return redirect(res, `${appPath(app, 'auth-error')}?code=invalid-request`);
  await redirectToEsia(req, res, services, { role, app, ...(interaction ? { clientInteraction: interaction } : {}) });
};
