import { describe, expect, it } from 'vitest';
import {
  accessRequestCommentMaxLength,
  accessRequestEmailMaxLength,
  accessRequestInputSchema,
  validateAccessRequestInput,
  type AccessRequestInputValidation,
} from './access-request-input';
import type { SignInRole } from './roles';

const organisationId = '6f9619ff-8b86-4011-b42d-00c04fc964ff';
const classId = '0d3c6a52-9a3f-4e55-8f0e-3b1f2e6a7c11';
const parent = { role: 'parent', childIds: ['k-1', 'k-2'] } as const;
const student = { role: 'student', childIds: [] } as const;

const form = (overrides: Record<string, unknown> = {}) => ({
  organisationId,
  classId,
  childId: 'k-1',
  email: 'anna@example.ru',
  comment: 'Сын учится в 5А',
  ...overrides,
});

function errorsOf(result: AccessRequestInputValidation) {
  if (result.ok) throw new Error(`expected field errors, got ${JSON.stringify(result.value)}`);
  return result.fieldErrors;
}

function acceptedValue(result: AccessRequestInputValidation) {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.fieldErrors)}`);
  return result.value;
}

describe('validateAccessRequestInput: a valid form', () => {
  it('a parent naming one of their ESIA children', () => {
    expect(acceptedValue(validateAccessRequestInput(form(), parent))).toEqual(form());
  });

  it('a student without a child; optional fields come back as null, not absent', () => {
    expect(acceptedValue(validateAccessRequestInput({ organisationId, email: 'misha@example.ru' }, student))).toEqual({
      organisationId,
      classId: null,
      childId: null,
      email: 'misha@example.ru',
      comment: null,
    });
  });

  it('drops fields it does not know', () => {
    expect(acceptedValue(validateAccessRequestInput(form({ status: 'resolved' }), parent))).not.toHaveProperty('status');
  });

  it('normalises identifiers to lower case, as the database prints them', () => {
    const value = acceptedValue(
      validateAccessRequestInput(form({ organisationId: organisationId.toUpperCase(), classId: ` ${classId.toUpperCase()} ` }), parent),
    );
    expect(value.organisationId).toBe(organisationId);
    expect(value.classId).toBe(classId);
  });

  it('accepts ids of any uuid version, as the database does', () => {
    const handMade = '11111111-1111-1111-1111-111111111111';
    expect(acceptedValue(validateAccessRequestInput(form({ organisationId: handMade }), parent)).organisationId).toBe(handMade);
  });
});

describe('validateAccessRequestInput: organisation and class', () => {
  it.each([
    ['missing', undefined],
    ['null', null],
    ['empty', ''],
    ['blank', '   '],
  ])('%s organisation → validation.organisation-required', (_, value) => {
    expect(errorsOf(validateAccessRequestInput(form({ organisationId: value }), parent))).toEqual([
      { field: 'organisationId', code: 'validation.organisation-required' },
    ]);
  });

  it.each(['school-1', '6f9619ff-8b86-4011-b42d-00c04fc964f', '6f9619ff8b864011b42d00c04fc964ff', 42])(
    'malformed organisation %j → validation.uuid',
    (value) => {
      expect(errorsOf(validateAccessRequestInput(form({ organisationId: value }), parent))).toEqual([
        { field: 'organisationId', code: 'validation.uuid' },
      ]);
    },
  );

  it.each([undefined, null, '', ' '])('class %j is "not chosen" → null', (value) => {
    expect(acceptedValue(validateAccessRequestInput(form({ classId: value }), parent)).classId).toBeNull();
  });

  it('malformed class → validation.uuid', () => {
    expect(errorsOf(validateAccessRequestInput(form({ classId: '5А' }), parent))).toEqual([{ field: 'classId', code: 'validation.uuid' }]);
  });
});

describe('validateAccessRequestInput: email', () => {
  it('is trimmed', () => {
    expect(acceptedValue(validateAccessRequestInput(form({ email: '  anna@example.ru \n' }), parent)).email).toBe('anna@example.ru');
  });

  it.each(['anna', 'anna@', '@example.ru', 'anna@example', 'an na@example.ru', 'anna@@example.ru'])('%j → validation.email', (email) => {
    expect(errorsOf(validateAccessRequestInput(form({ email }), parent))).toEqual([{ field: 'email', code: 'validation.email' }]);
  });

  it.each([undefined, null, '', '   '])('%j → validation.required', (email) => {
    expect(errorsOf(validateAccessRequestInput(form({ email }), parent))).toEqual([{ field: 'email', code: 'validation.required' }]);
  });

  it(`at most ${accessRequestEmailMaxLength} characters`, () => {
    // 60 × "a" @ labels of "b" separated by dots every 50 characters, ".ru": a valid address of any length.
    const address = (length: number) => {
      const domainLength = length - 61 - 3;
      const domain = Array.from({ length: domainLength }, (_, i) => (i % 50 === 49 && i < domainLength - 1 ? '.' : 'b')).join('');
      return `${'a'.repeat(60)}@${domain}.ru`;
    };
    expect(address(accessRequestEmailMaxLength)).toHaveLength(accessRequestEmailMaxLength);
    expect(acceptedValue(validateAccessRequestInput(form({ email: address(accessRequestEmailMaxLength) }), parent)).email).toBe(
      address(accessRequestEmailMaxLength),
    );
    expect(errorsOf(validateAccessRequestInput(form({ email: address(accessRequestEmailMaxLength + 1) }), parent))).toEqual([
      { field: 'email', code: 'validation.email' },
    ]);
  });
});

describe('validateAccessRequestInput: comment', () => {
  it(`exactly ${accessRequestCommentMaxLength} characters is accepted, one more is too long`, () => {
    const atLimit = 'я'.repeat(accessRequestCommentMaxLength);
    expect(acceptedValue(validateAccessRequestInput(form({ comment: atLimit }), parent)).comment).toBe(atLimit);
    expect(errorsOf(validateAccessRequestInput(form({ comment: `${atLimit}я` }), parent))).toEqual([
      { field: 'comment', code: 'validation.too-long' },
    ]);
  });

  it('is measured after trimming', () => {
    const atLimit = 'я'.repeat(accessRequestCommentMaxLength);
    expect(acceptedValue(validateAccessRequestInput(form({ comment: `  ${atLimit}\n` }), parent)).comment).toBe(atLimit);
  });

  it.each([undefined, null, '', '   \n'])('%j → null', (comment) => {
    expect(acceptedValue(validateAccessRequestInput(form({ comment }), parent)).comment).toBeNull();
  });

  it('a non-string comment gets a code too, never a zod message', () => {
    expect(errorsOf(validateAccessRequestInput(form({ comment: 5 }), parent))).toEqual([{ field: 'comment', code: 'validation.invalid' }]);
  });
});

describe('validateAccessRequestInput: the child', () => {
  it.each([undefined, null, '', '  '])('a parent without a child (%j) → validation.child-required', (childId) => {
    expect(errorsOf(validateAccessRequestInput(form({ childId }), parent))).toEqual([
      { field: 'childId', code: 'validation.child-required' },
    ]);
  });

  it('a parent with a child id not in the ESIA profile → validation.child-unknown', () => {
    expect(errorsOf(validateAccessRequestInput(form({ childId: 'k-7' }), parent))).toEqual([
      { field: 'childId', code: 'validation.child-unknown' },
    ]);
  });

  it('a parent whose ESIA profile lists no children cannot name any', () => {
    expect(errorsOf(validateAccessRequestInput(form(), { role: 'parent', childIds: [] }))).toEqual([
      { field: 'childId', code: 'validation.child-unknown' },
    ]);
  });

  it('the child id is trimmed before it is looked up', () => {
    expect(acceptedValue(validateAccessRequestInput(form({ childId: ' k-2 ' }), parent)).childId).toBe('k-2');
  });

  it('a non-string child id from a parent → validation.child-unknown', () => {
    expect(errorsOf(validateAccessRequestInput(form({ childId: 1 }), parent))).toEqual([
      { field: 'childId', code: 'validation.child-unknown' },
    ]);
  });

  it.each<[SignInRole, unknown]>([
    ['student', 'k-1'],
    ['student', 42],
    ['staff', 'k-1'],
  ])('%s with child id %j: ignored, set to null', (role, childId) => {
    expect(acceptedValue(validateAccessRequestInput(form({ childId }), { role, childIds: ['k-1'] })).childId).toBeNull();
  });
});

describe('validateAccessRequestInput: error reporting', () => {
  it('reports every failing field once, in form order, with its first code', () => {
    const result = validateAccessRequestInput(
      { organisationId: 'x', classId: 'y', childId: '', email: 'not an email', comment: 'я'.repeat(accessRequestCommentMaxLength + 1) },
      parent,
    );
    expect(errorsOf(result)).toEqual([
      { field: 'organisationId', code: 'validation.uuid' },
      { field: 'classId', code: 'validation.uuid' },
      { field: 'childId', code: 'validation.child-required' },
      { field: 'email', code: 'validation.email' },
      { field: 'comment', code: 'validation.too-long' },
    ]);
  });

  it('checks the child even when another field failed', () => {
    expect(errorsOf(validateAccessRequestInput(form({ email: '', childId: 'k-9' }), parent))).toEqual([
      { field: 'childId', code: 'validation.child-unknown' },
      { field: 'email', code: 'validation.required' },
    ]);
  });

  it.each([null, undefined, 'form', 42, ['a']])('input %j that is not an object reads as an empty form', (raw) => {
    expect(errorsOf(validateAccessRequestInput(raw, parent))).toEqual([
      { field: 'organisationId', code: 'validation.organisation-required' },
      { field: 'childId', code: 'validation.child-required' },
      { field: 'email', code: 'validation.required' },
    ]);
  });

  it('every code is a stable i18n key', () => {
    const result = validateAccessRequestInput({ organisationId: 1, classId: 2, childId: 3, email: 4, comment: 5 }, parent);
    for (const { code } of errorsOf(result)) expect(code).toMatch(/^validation\.[a-z-]+$/);
  });
});

describe('accessRequestInputSchema on its own (the browser form)', () => {
  it('issue messages are the codes', () => {
    const result = accessRequestInputSchema.safeParse({
      organisationId: '',
      email: 'x',
      comment: 'я'.repeat(accessRequestCommentMaxLength + 1),
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['organisationId', 'validation.organisation-required'],
      ['email', 'validation.email'],
      ['comment', 'validation.too-long'],
    ]);
  });

  it('maps an empty comment to null and leaves absent optional fields absent', () => {
    const parsed = accessRequestInputSchema.parse({ organisationId, email: 'a@b.ru', comment: '' });
    expect(parsed).toEqual({ organisationId, email: 'a@b.ru', comment: null });
  });
});

describe('validateAccessRequestInput: control characters', () => {
  it.each(['organisationId', 'classId', 'childId', 'email', 'comment'])('refuses a NUL byte in %s', (field) => {
    const raw = form();
    expect(errorsOf(validateAccessRequestInput({ ...raw, [field]: `${raw[field as keyof typeof raw]}\u0000` }, parent))).toEqual([
      { field, code: 'validation.control-characters' },
    ]);
  });

  it('keeps line breaks and tabs in the comment, and refuses a carriage return there', () => {
    expect(
      acceptedValue(validateAccessRequestInput(form({ comment: 'Сын учится в 5А.\n\tКлассный руководитель — Иванова.' }), parent)).comment,
    ).toBe('Сын учится в 5А.\n\tКлассный руководитель — Иванова.');
    expect(errorsOf(validateAccessRequestInput(form({ comment: 'Строка\r\nстрока' }), parent))).toEqual([
      { field: 'comment', code: 'validation.control-characters' },
    ]);
  });
});
