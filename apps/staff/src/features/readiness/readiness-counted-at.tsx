import { formatDateTime, useTimeZone } from '@vhod/ui';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ReadinessRefreshedAtQuery } from './readiness-documents';

/** The numbers come from a periodic recount: say how fresh they are, so nobody chases a parent who has just linked. */
export function ReadinessCountedAt() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const [{ data }] = useQuery({ query: ReadinessRefreshedAtQuery });
  if (!data?.readinessRefreshedAt) return null;
  return <p className="hint">{t('readiness.countedAt', { time: formatDateTime(data.readinessRefreshedAt, timeZone) })}</p>;
}
