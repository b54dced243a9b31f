import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder';
import './modules/errors/domain-error';
import './modules/organisations/organisation';
import './modules/viewer/person';
import './modules/viewer/account';
import './modules/viewer/viewer';
import './modules/sign-in/sign-in-mutations';
import './modules/organisations/organisation-queries';
import './modules/deployment/deployment-policy';
import './modules/linking/linking-mutations';
import './modules/errors/validation-error';
import './modules/organisations/school-class';
import './modules/access-requests/access-request';
import './modules/access-requests/access-request-form';
import './modules/access-requests/access-request-operations';

export const schema = lexicographicSortSchema(builder.toSchema());
