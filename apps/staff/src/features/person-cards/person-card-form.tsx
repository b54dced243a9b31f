import {
  identityDocumentTypes,
  latinNameParts,
  validatePersonCardInput,
  type PersonCardInput,
  type PersonCardInputField,
} from '@vhod/domain';
import { DateInput, FormActions, FormFailure, FormField, useFormErrors } from '@vhod/ui';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '@vhod/ui/graphql';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { UpdatePersonCardMutation } from './person-card-documents';

/** The card's own fields: what the form edits, and what the card page lists when it is not editing. */
export const PersonCardFieldsFragment = graphql(`
  fragment PersonCardFields on PersonCard {
    id
    lastName
    firstName
    middleName
    birthDate
    gender
    snils
    document { type typeCode series number }
    email
    phone
  }
`);

type Card = ResultOf<typeof PersonCardFieldsFragment>;

interface FormState {
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string;
  gender: '' | 'male' | 'female';
  snils: string;
  documentType: string;
  documentSeries: string;
  documentNumber: string;
  email: string;
  phone: string;
}
type InputName = keyof FormState;

// Errors name the domain's fields; the document's parts are separate inputs here.
const inputOfError: Record<PersonCardInputField, InputName> = {
  lastName: 'lastName',
  firstName: 'firstName',
  middleName: 'middleName',
  birthDate: 'birthDate',
  gender: 'gender',
  snils: 'snils',
  'document.type': 'documentType',
  'document.series': 'documentSeries',
  'document.number': 'documentNumber',
  email: 'email',
  phone: 'phone',
};

function initialState(card: Card): FormState {
  return {
    lastName: card.lastName,
    firstName: card.firstName,
    middleName: card.middleName ?? '',
    birthDate: card.birthDate ?? '',
    gender: card.gender === 'MALE' ? 'male' : card.gender === 'FEMALE' ? 'female' : '',
    snils: card.snils ?? '',
    documentType: card.document?.type ?? '',
    documentSeries: card.document?.series ?? '',
    documentNumber: card.document?.number ?? '',
    email: card.email ?? '',
    phone: card.phone ?? '',
  };
}

function rawInput(form: FormState) {
  return {
    lastName: form.lastName,
    firstName: form.firstName,
    middleName: form.middleName,
    birthDate: form.birthDate,
    gender: form.gender || null,
    snils: form.snils,
    document: { type: form.documentType, series: form.documentSeries, number: form.documentNumber },
    email: form.email,
    phone: form.phone,
  };
}

function mutationInput(value: PersonCardInput) {
  return {
    ...value,
    gender: value.gender === 'male' ? ('MALE' as const) : value.gender === 'female' ? ('FEMALE' as const) : null,
    document: value.document ? { type: value.document.type, series: value.document.series, number: value.document.number } : null,
  };
}

function fieldOf(field: string): InputName | null {
  return Object.hasOwn(inputOfError, field) ? inputOfError[field as PersonCardInputField] : null;
}

/** Editing a card: checked in the browser with the API's own rules; the API's field errors land next to the same fields. */
export function PersonCardForm(props: { card: FragmentOf<typeof PersonCardFieldsFragment>; onSaved(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const { onSaved, onCancel } = props;
  const card = readFragment(PersonCardFieldsFragment, props.card);
  const [form, setForm] = useState<FormState>(() => initialState(card));
  const { id, showErrors, clear, settle, failure, ariaOf, fieldError } = useFormErrors({ fieldOf, fixErrors: t('personCards.fixErrors') });
  const [state, update] = useMutation(UpdatePersonCardMutation);
  // The name the staff member confirmed with its Latin letters; a further change asks again.
  const [latinConfirmed, setLatinConfirmed] = useState<string | null>(null);
  const latinParts = latinNameParts({ lastName: form.lastName, firstName: form.firstName, middleName: form.middleName });
  const nameNow = [form.lastName, form.firstName, form.middleName].join('|');
  const latinWarning = latinParts.length > 0 && latinConfirmed !== nameNow;
  const [latinShown, setLatinShown] = useState(false);

  const set = (field: InputName) => (event: { target: { value: string } }) =>
    setForm((previous) => ({ ...previous, [field]: event.target.value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    clear();
    const checked = validatePersonCardInput(rawInput(form));
    if (!checked.ok) return showErrors(checked.fieldErrors.map((error) => ({ field: error.field, message: t(error.code) })));
    // A soft warning: the first save stops and says why; saving again as it stands confirms.
    if (latinWarning) {
      if (!latinShown) return setLatinShown(true);
      setLatinConfirmed(nameNow);
    }
    const result = await update({ id: card.id, input: mutationInput(checked.value) });
    settle(result.data?.updatePersonCard, onSaved);
  }

  const field = (name: InputName, label: string, input: ReactNode) => (
    <FormField id={`${id}-${name}`} label={label} error={fieldError(name)}>
      {input}
    </FormField>
  );
  const latinNoted = (name: InputName) => latinWarning && latinShown && (latinParts as InputName[]).includes(name);
  const inputProps = (name: InputName) => ({
    id: `${id}-${name}`,
    value: form[name],
    onChange: set(name),
    ...ariaOf(name, ...(latinNoted(name) ? [`${id}-latin`] : [])),
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <h2>{t('personCards.editTitle')}</h2>
      {field('lastName', t('personCards.lastName'), <input {...inputProps('lastName')} autoComplete="off" />)}
      {field('firstName', t('personCards.firstName'), <input {...inputProps('firstName')} autoComplete="off" />)}
      {field('middleName', t('personCards.middleName'), <input {...inputProps('middleName')} autoComplete="off" />)}
      {field(
        'birthDate',
        t('personCards.birthDate'),
        <DateInput {...inputProps('birthDate')} onChange={(birthDate) => setForm((previous) => ({ ...previous, birthDate }))} />,
      )}
      {field(
        'gender',
        t('personCards.gender'),
        <select {...inputProps('gender')}>
          <option value="">{t('personCards.genderUnset')}</option>
          <option value="male">{t('personCards.genders.male')}</option>
          <option value="female">{t('personCards.genders.female')}</option>
        </select>,
      )}
      {field('snils', t('personCards.snils'), <input {...inputProps('snils')} inputMode="numeric" placeholder="000-000-000 00" />)}
      <fieldset className="readonly-facts field-group">
        <legend>{t('personCards.document')}</legend>
        {field(
          'documentType',
          t('personCards.documentType'),
          <select {...inputProps('documentType')}>
            <option value="">{t('personCards.noDocument')}</option>
            {identityDocumentTypes.map((type) => (
              <option key={type} value={type}>
                {t(`personCards.documentTypes.${type}`)}
              </option>
            ))}
          </select>,
        )}
        {field('documentSeries', t('personCards.documentSeries'), <input {...inputProps('documentSeries')} autoComplete="off" />)}
        {field('documentNumber', t('personCards.documentNumber'), <input {...inputProps('documentNumber')} autoComplete="off" />)}
      </fieldset>
      {field('email', t('personCards.email'), <input {...inputProps('email')} type="email" autoComplete="off" />)}
      {field(
        'phone',
        t('personCards.phone'),
        <input {...inputProps('phone')} type="tel" autoComplete="off" placeholder="+7 900 000-00-00" />,
      )}
      {latinWarning && latinShown ? (
        <p role="alert" className="warning" id={`${id}-latin`}>
          {t('personCards.latinWarning', { fields: latinParts.map((part) => t(`personCards.${part}`)).join(', ') })}
        </p>
      ) : null}
      <FormFailure message={failure} />
      <FormActions
        action={latinWarning && latinShown ? t('personCards.saveWithLatin') : t('personCards.save')}
        busy={state.fetching}
        onCancel={onCancel}
      />
    </form>
  );
}
