import { NotFoundPanel, type Viewer } from '@vhod/ui';
import { useTranslation } from 'react-i18next';

const hintKeys = {
  UNCONFIRMED_ACCOUNT: 'notFound.unconfirmed',
  NO_MATCHING_CARD: 'notFound.noCard',
  CARD_ALREADY_LINKED: 'notFound.cardLinked',
  AMBIGUOUS_MATCH: 'notFound.ambiguous',
} as const;

export function NotFoundPage({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  return <NotFoundPanel app="family" hint={t(hintKeys[viewer.notFoundReason ?? 'NO_MATCHING_CARD'])} />;
}
