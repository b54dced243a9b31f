import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

interface PageLayoutProps {
  title: string;
  /** Shown at the top right when someone is signed in. */
  userName?: string | null | undefined;
  /** Where a click on the name leads (personal settings). */
  userHref?: string | undefined;
  /** Which app to return to after signing out. */
  app: 'family' | 'staff';
  children: ReactNode;
}

export function PageLayout({ title, userName, userHref, app, children }: PageLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="topbar">
        <span className="brand">{title}</span>
        {userName ? (
          <span className="topbar-user">
            {userHref ? (
              <Link href={userHref} title={t('settings.open')}>
                {userName}
              </Link>
            ) : (
              <span>{userName}</span>
            )}
            <SignOutButton app={app} label={t('common.signOut')} />
          </span>
        ) : null}
      </header>
      <main className="content">{children}</main>
      <footer className="footer">{t('common.regionNote')}</footer>
    </div>
  );
}

export function SignOutButton({ app, label }: { app: 'family' | 'staff'; label: string }) {
  return (
    <form method="post" action={`/auth/logout?app=${app}`} className="inline-form">
      <button type="submit" className="button button-secondary">
        {label}
      </button>
    </form>
  );
}
