import { auditActions } from '@vhod/domain';
import { createTranslator } from '@vhod/i18n';
import { describe, expect, it } from 'vitest';

const translator = createTranslator('ru');

describe('«Журнал аудита» action labels', () => {
  it('gives every action the API writes a Russian label, never the raw key', () => {
    const unlabelled = auditActions.filter((action) => !translator.exists(`auditLog.actions.${action}`));
    expect(unlabelled).toEqual([]);
    for (const action of auditActions) expect(translator.t(`auditLog.actions.${action}`)).toMatch(/^[А-ЯЁ]/);
  });
});
