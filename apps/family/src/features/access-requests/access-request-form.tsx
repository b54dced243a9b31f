import {
  accessRequestCommentMaxLength,
  accessRequestInputFields,
  type AccessRequestInputField,
  validateAccessRequestInput,
} from '@vhod/domain';
import { FormFailure, FormField, OrganisationPicker, formatDate, useFormErrors } from '@vhod/ui';
import type { ResultOf } from '@vhod/ui/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { type AccessRequestFormQuery, OrganisationClassesQuery, SubmitAccessRequestMutation } from './access-request-documents';

type Form = NonNullable<ResultOf<typeof AccessRequestFormQuery>['accessRequestForm']>;
export interface Submitted {
  number: string;
  email: string;
  alreadyExisted: boolean;
}

/**
 * The request form: the applicant's ESIA data read-only, the child from the ESIA profile, the
 * cascading organisation choice. The browser checks the same rules the server enforces.
 */
export function AccessRequestForm({ form, onSubmitted }: { form: Form; onSubmitted(result: Submitted): void }) {
  const { t } = useTranslation();
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [classId, setClassId] = useState('');
  const [childId, setChildId] = useState(form.children.length === 1 ? form.children[0]!.id : '');
  const [email, setEmail] = useState(form.email ?? '');
  const [comment, setComment] = useState('');
  const formErrors = useFormErrors<AccessRequestInputField>({
    fieldOf: (field) => accessRequestInputFields.find((known) => known === field) ?? null,
  });
  const { id, fieldError } = formErrors;
  const [{ data: classData }] = useQuery({
    query: OrganisationClassesQuery,
    variables: { organisationId: organisationId ?? '' },
    pause: !organisationId,
  });
  const [state, submit] = useMutation(SubmitAccessRequestMutation);
  const isParent = form.role === 'PARENT';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    formErrors.clear();
    const input = {
      organisationId: organisationId ?? '',
      classId: classId || null,
      childId: isParent ? childId || null : null,
      email,
      comment,
    };
    const checked = validateAccessRequestInput(input, {
      role: isParent ? 'parent' : 'student',
      childIds: form.children.map((child) => child.id),
    });
    if (!checked.ok) return formErrors.showErrors(checked.fieldErrors.map((error) => ({ field: error.field, message: t(error.code) })));
    const result = await submit({ input: checked.value });
    formErrors.settle(result.data?.submitAccessRequest, ({ data }) =>
      onSubmitted({ number: data.request.number, email: checked.value.email, alreadyExisted: data.alreadyExisted }),
    );
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <fieldset className="readonly-facts">
        <legend className="hint">{t('accessRequest.fromEsia')}</legend>
        <dl className="facts">
          <dt>{t('accessRequest.fullName')}</dt>
          <dd>{form.fullName}</dd>
          {form.birthDate ? (
            <>
              <dt>{t('accessRequest.birthDate')}</dt>
              <dd>{formatDate(form.birthDate)}</dd>
            </>
          ) : null}
          <dt>{t('accessRequest.role')}</dt>
          <dd>{t(`roles.${form.role.toLowerCase()}`)}</dd>
          {form.email ? (
            <>
              <dt>{t('accessRequest.email')}</dt>
              <dd>{form.email}</dd>
            </>
          ) : null}
        </dl>
      </fieldset>

      {form.email ? null : (
        <FormField id={`${id}-email`} label={t('accessRequest.email')} error={fieldError('email')}>
          <input id={`${id}-email`} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
          <span className="hint">{t('accessRequest.emailHint')}</span>
        </FormField>
      )}

      {isParent ? (
        <FormField id={`${id}-child`} label={t('accessRequest.child')} error={fieldError('childId')}>
          <select id={`${id}-child`} value={childId} onChange={(e) => setChildId(e.target.value)}>
            <option value="">{t('accessRequest.chooseChild')}</option>
            {form.children.map((child) => (
              <option key={child.id} value={child.id}>
                {child.fullName}
                {child.birthDate ? `, ${formatDate(child.birthDate)}` : ''}
              </option>
            ))}
          </select>
          <span className="hint">{t('accessRequest.childrenFromEsia')}</span>
        </FormField>
      ) : null}

      <OrganisationPicker
        value={organisationId}
        onChange={(next) => {
          setOrganisationId(next);
          setClassId('');
        }}
      />
      {fieldError('organisationId')}

      <FormField id={`${id}-class`} label={t('accessRequest.className')} error={fieldError('classId')}>
        <select id={`${id}-class`} value={classId} disabled={!organisationId} onChange={(e) => setClassId(e.target.value)}>
          <option value="">{organisationId ? t('accessRequest.chooseClass') : t('accessRequest.chooseOrganisationFirst')}</option>
          {classData?.organisationClasses.edges.map(({ node: schoolClass }) => (
            <option key={schoolClass.id} value={schoolClass.id}>
              {schoolClass.name}
            </option>
          ))}
        </select>
      </FormField>

      <FormField id={`${id}-comment`} label={t('accessRequest.comment')} error={fieldError('comment')}>
        <textarea id={`${id}-comment`} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
        <span className="hint">{t('accessRequest.commentLength', { length: comment.length, max: accessRequestCommentMaxLength })}</span>
      </FormField>

      <FormFailure message={formErrors.failure} />
      <button type="submit" className="button" disabled={state.fetching}>
        {t('accessRequest.submit')}
      </button>
    </form>
  );
}
