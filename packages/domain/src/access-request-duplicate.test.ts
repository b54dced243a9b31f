import { describe, expect, it } from 'vitest';
import { accessRequestDuplicateKey } from './access-request-duplicate';

const organisationId = '6f9619ff-8b86-4011-b42d-00c04fc964ff';

describe('accessRequestDuplicateKey', () => {
  it('with a child: the child id is the child key', () => {
    expect(accessRequestDuplicateKey({ esiaSubject: '1000001', organisationId, childId: 'k-1' })).toEqual({
      esiaSubject: '1000001',
      organisationId,
      childKey: 'k-1',
    });
  });

  it.each([null, undefined, '', '  '])('without a child (%j): the child key is the empty string', (childId) => {
    expect(accessRequestDuplicateKey({ esiaSubject: '1000009', organisationId, childId })).toEqual({
      esiaSubject: '1000009',
      organisationId,
      childKey: '',
    });
  });

  it('two children of one parent in one school are two different requests', () => {
    const a = accessRequestDuplicateKey({ esiaSubject: '1000001', organisationId, childId: 'k-1' });
    const b = accessRequestDuplicateKey({ esiaSubject: '1000001', organisationId, childId: 'k-2' });
    expect(a).not.toEqual(b);
  });

  it('the same request spelled differently is the same key (uuid case, stray spaces)', () => {
    const a = accessRequestDuplicateKey({ esiaSubject: '1000001', organisationId, childId: 'k-1' });
    const b = accessRequestDuplicateKey({ esiaSubject: '1000001', organisationId: ` ${organisationId.toUpperCase()} `, childId: ' k-1 ' });
    expect(b).toEqual(a);
  });
});
