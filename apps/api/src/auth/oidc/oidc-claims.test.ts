import { describe, expect, it } from 'vitest';
import { EsiaProfileError, esiaPersonFromClaims } from './oidc-claims';

const claims = {
  sub: '1000001',
  trusted: true,
  family_name: 'Петрова',
  given_name: 'Анна',
  middle_name: 'Сергеевна',
  birthdate: '1985-04-12',
  snils: '112-233-445 95',
  id_doc: { type: 'RF_PASSPORT', series: '4510', number: '123456' },
  kids: [
    {
      id: '2000001',
      family_name: 'Петрова',
      given_name: 'Софья',
      birthdate: '2016-03-15',
      birth_cert: { series: 'V-МЮ', number: '634521' },
    },
  ],
};

describe('ESIA claims → EsiaPerson', () => {
  it('maps the person, the document and the children', () => {
    const person = esiaPersonFromClaims(claims);
    expect(person).toMatchObject({
      subject: '1000001',
      trusted: true,
      lastName: 'Петрова',
      documents: [{ type: 'RF_PASSPORT', series: '4510', number: '123456' }],
      children: [{ id: '2000001', firstName: 'Софья', birthCertificate: { series: 'V-МЮ', number: '634521' } }],
    });
  });

  it('treats a missing trusted flag as an unconfirmed account', () => {
    const { trusted: _ignored, ...rest } = claims;
    expect(esiaPersonFromClaims(rest).trusted).toBe(false);
  });

  it('rejects a profile without a name, and the error names the field but not the data', () => {
    const attempt = () => esiaPersonFromClaims({ ...claims, family_name: '' });
    expect(attempt).toThrow(EsiaProfileError);
    expect(attempt).toThrow(/family_name/);
    expect(attempt).not.toThrow(/Анна/);
  });
});
