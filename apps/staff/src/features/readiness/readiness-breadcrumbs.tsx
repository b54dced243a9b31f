import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export interface Crumb {
  label: string;
  /** Where the level opens; the current level has none. */
  href?: string;
}

/** Region › organisation › class: where in the report the page is, each level a way back. */
export function ReadinessBreadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumbs" aria-label={t('readiness.breadcrumbs')}>
      <ol>
        {trail.map((crumb) => (
          <li key={crumb.href ?? crumb.label}>
            {crumb.href ? <Link href={crumb.href}>{crumb.label}</Link> : <span aria-current="page">{crumb.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
