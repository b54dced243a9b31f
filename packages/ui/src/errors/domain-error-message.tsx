import { useTranslation } from 'react-i18next';

export interface DomainErrorResult {
  code: string;
  message: string;
}

/**
 * The server's localized message, plus what did not match for a refused link. The details
 * come as codes and are translated here.
 */
export function DomainErrorMessage({
  error,
  mismatches,
}: {
  error: DomainErrorResult | null;
  mismatches?: readonly string[] | null | undefined;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div role="alert" className="error">
      <p>{error.message}</p>
      {mismatches && mismatches.length > 0 ? (
        <p>
          {t('legacy.mismatchDetails', { list: mismatches.map((code) => t(`linkMismatches.${code}`, { defaultValue: code })).join(', ') })}
        </p>
      ) : null}
    </div>
  );
}
