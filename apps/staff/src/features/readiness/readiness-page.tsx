import { useDocumentTitle } from '@vhod/ui';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { ClassUnlinkedPeople } from './class-unlinked-people';
import { OrganisationClasses } from './organisation-classes';
import { OrganisationOverview } from './organisation-overview';
import { ReadinessCountedAt } from './readiness-counted-at';

/**
 * «Готовность к входу через Госуслуги», from the region down to a class's people. A regional
 * administrator starts at the organisations; a school's staff at their classes; a teacher at
 * their own class. Loaded on demand: it brings the chart library with it.
 */
export function ReadinessPage({ regionWide }: { regionWide: boolean }) {
  const { t } = useTranslation();
  useDocumentTitle(t('readiness.title'), 'staff');
  return (
    <section className="card wide">
      <h1>{t('readiness.title')}</h1>
      <ReadinessCountedAt />
      <Switch>
        <Route path="/organisations/:organisationId/classes/:classId">
          {(params) => <ClassUnlinkedPeople organisationId={params.organisationId} classId={params.classId} regionWide={regionWide} />}
        </Route>
        <Route path="/organisations/:organisationId">
          {(params) => <OrganisationClasses organisationId={params.organisationId} regionWide={regionWide} />}
        </Route>
        <Route>{regionWide ? <OrganisationOverview /> : <OrganisationClasses organisationId={null} regionWide={false} />}</Route>
      </Switch>
    </section>
  );
}
