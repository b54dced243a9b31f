import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as domain from './index';

const sourceDir = new URL('.', import.meta.url);
const sources = readdirSync(sourceDir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

describe('@vhod/domain entry point', () => {
  it('exports the API other packages code against', () => {
    for (const name of [
      'normalizeNamePart',
      'fullNameKey',
      'formatFullName',
      'normalizeSnils',
      'isValidSnils',
      'formatSnils',
      'identityDocumentTypes',
      'identityDocumentKey',
      'esiaPersonSchema',
      'matchLookupKeys',
      'matchPersonCard',
      'canMatchAutomatically',
      'accountRoles',
      'signInRoles',
      'accountRolesForSignIn',
      'isStaffRole',
      'decideSignInOutcome',
      'deploymentPolicySchema',
      'parseDeploymentPolicy',
      'isSelfLinkOpen',
      'ageOn',
      'ageOnIfKnown',
      'linkMismatches',
      'hardLinkMismatches',
      'assessLink',
      'isLegacySignInAllowed',
      'legacyLinkCheck',
      'isSelfLinkAllowed',
      'hasOtherSignInWay',
      'defaultLockoutPolicy',
      'evaluateLockout',
      'minutesUntil',
      'domainErrorCodes',
      'DomainError',
      'accessRequestStatuses',
      'accessRequestActions',
      'nextAccessRequestStatus',
      'isOpenAccessRequest',
      'decisionCommentRequired',
      'formatAccessRequestNumber',
      'parseAccessRequestNumber',
      'accessRequestEligibility',
      'accessRequestMatchReasons',
      'accessRequestCommentMaxLength',
      'accessRequestInputSchema',
      'validateAccessRequestInput',
      'accessRequestDuplicateKey',
      'hasControlCharacters',
      'withoutControlCharacters',
      'requirePlainText',
      'toCsv',
      'uuidSchema',
      'isUuid',
      'oidcClientScopes',
      'validateOidcClientInput',
      'accountForHint',
    ]) {
      expect(domain, name).toHaveProperty(name);
    }
  });

  it('re-exports every source file', () => {
    const index = readFileSync(new URL('index.ts', sourceDir), 'utf8');
    for (const file of sources.filter((f) => f !== 'index.ts')) {
      expect(index, file).toContain(`from './${file.replace(/\.ts$/, '')}'`);
    }
  });
});
