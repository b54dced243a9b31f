import { describe, expect, it } from 'vitest';
import { identityDocumentKey, identityDocumentTypes, isIdentityDocumentType } from './identity-document';

describe('identityDocumentTypes', () => {
  it('are the ESIA codes', () => {
    expect(identityDocumentTypes).toEqual(['RF_PASSPORT', 'RF_BRTH_CERT', 'FID_DOC', 'FRGN_PASS', 'MLTR_ID']);
    expect(isIdentityDocumentType('RF_PASSPORT')).toBe(true);
    expect(isIdentityDocumentType('rf_passport')).toBe(false);
    expect(isIdentityDocumentType(42)).toBe(false);
  });
});

describe('identityDocumentKey: passports', () => {
  const key = 'RF_PASSPORT:4510123456';

  it('is the same however series and number are split or spaced', () => {
    expect(identityDocumentKey({ type: 'RF_PASSPORT', series: '4510', number: '123456' })).toBe(key);
    expect(identityDocumentKey({ type: 'RF_PASSPORT', number: '4510 123456' })).toBe(key);
    expect(identityDocumentKey({ type: 'RF_PASSPORT', series: null, number: '4510123456' })).toBe(key);
    expect(identityDocumentKey({ type: 'RF_PASSPORT', series: '45 10', number: '123 456' })).toBe(key);
    expect(identityDocumentKey({ type: 'RF_PASSPORT', series: '', number: '45-10 №123456' })).toBe(key);
  });

  it('matches the demo card spelling «4514 987 654» with ESIA series 4514 number 987654', () => {
    expect(identityDocumentKey({ type: 'RF_PASSPORT', number: '4514 987 654' })).toBe(
      identityDocumentKey({ type: 'RF_PASSPORT', series: '4514', number: '987654' }),
    );
  });

  it('still tells different numbers and different types apart', () => {
    expect(identityDocumentKey({ type: 'RF_PASSPORT', number: '4510 123457' })).not.toBe(key);
    expect(identityDocumentKey({ type: 'FRGN_PASS', number: '4510 123456' })).not.toBe(key);
  });

  it('is null when there is no digit at all', () => {
    expect(identityDocumentKey({ type: 'RF_PASSPORT', number: '' })).toBeNull();
    expect(identityDocumentKey({ type: 'RF_PASSPORT', series: 'нет', number: ' - ' })).toBeNull();
    expect(identityDocumentKey({ type: '  ', number: '4510123456' })).toBeNull();
  });
});

describe('identityDocumentKey: birth certificates', () => {
  it('keeps the Latin Roman numeral and the Cyrillic letters', () => {
    expect(identityDocumentKey({ type: 'RF_BRTH_CERT', series: 'IV-МЮ', number: '512345' })).toBe('RF_BRTH_CERT:IVМЮ512345');
  });

  it('is the same with the series split, joined, spaced or lower-cased', () => {
    const key = 'RF_BRTH_CERT:VМЮ634521';
    expect(identityDocumentKey({ type: 'RF_BRTH_CERT', series: 'V-МЮ', number: '634521' })).toBe(key);
    expect(identityDocumentKey({ type: 'RF_BRTH_CERT', number: 'V-МЮ 634521' })).toBe(key);
    expect(identityDocumentKey({ type: 'RF_BRTH_CERT', series: 'V МЮ', number: '634521' })).toBe(key);
    expect(identityDocumentKey({ type: 'RF_BRTH_CERT', series: 'v-мю', number: '№ 634521' })).toBe(key);
    expect(identityDocumentKey({ type: 'RF_BRTH_CERT', series: 'V – МЮ', number: '634 521' })).toBe(key);
  });

  it('reads Cyrillic look-alikes in the numeral and Latin look-alikes in the letters', () => {
    // Cyrillic Х and Ukrainian І in the numeral, Latin M in the letters.
    expect(identityDocumentKey({ type: 'RF_BRTH_CERT', series: 'ХІ-MЮ', number: '111222' })).toBe(
      identityDocumentKey({ type: 'RF_BRTH_CERT', series: 'XI-МЮ', number: '111222' }),
    );
    expect(identityDocumentKey({ type: 'RF_BRTH_CERT', series: 'ІV-МЮ', number: '512345' })).toBe('RF_BRTH_CERT:IVМЮ512345');
  });

  it('does not confuse neighbouring Roman numerals', () => {
    const iv = identityDocumentKey({ type: 'RF_BRTH_CERT', series: 'IV-МЮ', number: '512345' });
    expect(identityDocumentKey({ type: 'RF_BRTH_CERT', series: 'V-МЮ', number: '512345' })).not.toBe(iv);
    expect(identityDocumentKey({ type: 'RF_BRTH_CERT', series: 'VI-МЮ', number: '512345' })).not.toBe(iv);
    // A Ukrainian І must not just vanish and turn IV into V.
    expect(identityDocumentKey({ type: 'RF_BRTH_CERT', series: 'ІV-МЮ', number: '512345' })).not.toBe(
      identityDocumentKey({ type: 'RF_BRTH_CERT', series: 'V-МЮ', number: '512345' }),
    );
  });

  it('folds ё to е', () => {
    expect(identityDocumentKey({ type: 'RF_BRTH_CERT', series: 'I-ЁА', number: '1' })).toBe('RF_BRTH_CERT:IЕА1');
  });

  it('leaves a series it does not recognise alone rather than guessing', () => {
    expect(identityDocumentKey({ type: 'RF_BRTH_CERT', series: 'ПР-МЮ', number: '1' })).toBe('RF_BRTH_CERT:ПРМЮ1');
    expect(identityDocumentKey({ type: 'RF_PASSPORT', series: 'XI-MЮ', number: '1' })).toBe('RF_PASSPORT:XIMЮ1');
  });
});
