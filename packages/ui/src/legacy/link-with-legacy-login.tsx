import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useDocumentTitle } from '../document-title';
import type { Viewer } from '../sign-in-flow/viewer-types';
import { LegacyCredentialsForm } from './legacy-credentials-form';
import { LinkWithLegacyLoginMutation } from './legacy-mutations';

/** «Привязать учётную запись»: the legacy login of the role chosen at sign-in ties this ESIA account to its card. */
export function LinkWithLegacyLogin({ viewer, onLinked }: { viewer: Viewer; onLinked(): void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('legacy.linkTitle'), viewer.app === 'STAFF' ? 'staff' : 'family');
  const [state, link] = useMutation(LinkWithLegacyLoginMutation);
  const roleName = t(`signInRoles.${viewer.signInRole.toLowerCase()}`).toLowerCase();
  return (
    <section className="card">
      <h1>{t('legacy.linkTitle')}</h1>
      <p>{t('legacy.linkIntro', { role: roleName })}</p>
      <LegacyCredentialsForm
        busy={state.fetching}
        onSubmit={async (input) => {
          const result = await link({ input });
          const payload = result.data?.linkWithLegacyLogin;
          if (payload?.__typename === 'DomainError') return payload;
          if (!payload) return { code: 'UNKNOWN', message: t('errors.unknown') };
          onLinked();
          return null;
        }}
      />
    </section>
  );
}
