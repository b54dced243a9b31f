import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder';
import './shared/index';
import './modules/viewer/index';
import './modules/sign-in/index';
import './modules/organisations/index';
import './modules/deployment/index';
import './modules/linking/index';
import './modules/access-requests/index';
import './modules/staff-requests/index';
import './modules/person-cards/index';
import './modules/audit/index';
import './modules/data-drift/index';
import './modules/reply-templates/index';
import './modules/readiness/index';
import './modules/api-clients/index';
import './modules/email-delivery/index';

export const schema = lexicographicSortSchema(builder.toSchema());
