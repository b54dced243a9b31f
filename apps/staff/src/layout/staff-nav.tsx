import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import type { StaffAccess } from './staff-access';

/** The console's sections; each shows only where the staff member's role lets them in. */
export function StaffNav({ access }: { access: StaffAccess }) {
  const { t } = useTranslation();
  const items = [
    { href: '/', label: t('staffNav.requests'), show: access.readRequests },
    { href: '/readiness', label: t('staffNav.readiness'), show: access.readReadiness },
    { href: '/cards', label: t('staffNav.cards'), show: access.manageCards },
    { href: '/drift', label: t('staffNav.drift'), show: access.manageCards },
    { href: '/templates', label: t('staffNav.templates'), show: access.manageCards },
    { href: '/audit', label: t('staffNav.audit'), show: access.readAudit },
    { href: '/api-clients', label: t('staffNav.apiClients'), show: access.manageApiClients },
    { href: '/undelivered-emails', label: t('staffNav.undeliveredEmails'), show: access.manageEmailDelivery },
    { href: '/systems', label: t('staffNav.systems'), show: access.manageApiClients },
  ].filter((item) => item.show);
  return (
    // `wide`: every console page takes the width «Обращения» takes, so the sections fit on one line.
    <nav className="staff-nav wide" aria-label={t('staffNav.label')}>
      {items.map((item) => (
        <NavLink key={item.href} href={item.href} label={item.label} />
      ))}
    </nav>
  );
}

function NavLink({ href, label }: { href: string; label: string }) {
  const [active] = useRoute(href === '/' ? '/' : `${href}/*?`);
  return (
    <Link href={href} className={active ? 'active' : undefined} aria-current={active ? 'page' : undefined}>
      {label}
    </Link>
  );
}
