// The linking-readiness dashboard: the region by organisation, an organisation by class, a class by person.
import './readiness-types';
import './readiness-queries';
