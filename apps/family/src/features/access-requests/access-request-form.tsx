import {
  accessRequestCommentMaxLength,
  accessRequestInputFields,
  type AccessRequestInputField,
  validateAccessRequestInput,
} from '@vhod/domain';
import { FormFailure, FormField, OrganisationPicker, SignOutButton, formatDate, useFormErrors } from '@vhod/ui';
import type { ResultOf } from '@vhod/ui/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { type AccessRequestFormQuery, OrganisationClassesQuery, SubmitAccessRequestMutation } from './access-request-documents';
import type { Submitted } from './request-confirmation';

type Form = NonNullable<ResultOf<typeof AccessRequestFormQuery>['accessRequestForm']>;

interface Values {
  organisationId: string | null;
  classId: string;
  childId: string;
  email: string;
  comment: string;
}

/**
 * The request form: the applicant's ESIA data read-only, the child from the ESIA profile, the
 * cascading organisation choice. The browser checks the same rules the server enforces; after
 * the first attempt it checks again on every change, so an error goes as soon as its field is right.
 */
export function AccessRequestForm({ form, onSubmitted }: { form: Form; onSubmitted(result: Submitted): void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>({
    organisationId: null,
    classId: '',
    childId: form.children.length === 1 ? form.children[0]!.id : '',
    email: form.email ?? '',
    comment: '',
  });
  const [attempted, setAttempted] = useState(false);
  const formErrors = useFormErrors<AccessRequestInputField>({
    fieldOf: (field) => accessRequestInputFields.find((known) => known === field) ?? null,
  });
  const { id, fieldError, ariaOf } = formErrors;
  const [{ data: classData }] = useQuery({
    query: OrganisationClassesQuery,
    variables: { organisationId: values.organisationId ?? '' },
    pause: !values.organisationId,
  });
  const [state, submit] = useMutation(SubmitAccessRequestMutation);
  const isParent = form.role === 'PARENT';
  const atLimit = values.comment.length >= accessRequestCommentMaxLength;

  function check(next: Values) {
    return validateAccessRequestInput(
      {
        organisationId: next.organisationId ?? '',
        classId: next.classId || null,
        childId: isParent ? next.childId || null : null,
        email: next.email,
        comment: next.comment,
      },
      { role: isParent ? 'parent' : 'student', childIds: form.children.map((child) => child.id) },
    );
  }

  function showChecked(checked: ReturnType<typeof check>) {
    if (checked.ok) formErrors.clear();
    else formErrors.showErrors(checked.fieldErrors.map((error) => ({ field: error.field, message: t(error.code) })));
  }

  function change(patch: Partial<Values>) {
    const next = { ...values, ...patch };
    setValues(next);
    if (attempted) showChecked(check(next));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    const checked = check(values);
    showChecked(checked);
    if (!checked.ok) return;
    const result = await submit({ input: checked.value });
    formErrors.settle(result.data?.submitAccessRequest, ({ data }) =>
      onSubmitted({ ...data.request, email: checked.value.email, alreadyExisted: data.alreadyExisted }),
    );
  }

  return (
    <>
      <form id={`${id}-form`} className="form" onSubmit={onSubmit} noValidate>
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
            <input
              id={`${id}-email`}
              type="email"
              autoComplete="email"
              value={values.email}
              onChange={(e) => change({ email: e.target.value })}
              {...ariaOf('email', `${id}-email-hint`)}
            />
            <span className="hint" id={`${id}-email-hint`}>
              {t('accessRequest.emailHint')}
            </span>
          </FormField>
        )}

        {isParent ? (
          <FormField id={`${id}-child`} label={t('accessRequest.child')} error={fieldError('childId')}>
            <select
              id={`${id}-child`}
              value={values.childId}
              onChange={(e) => change({ childId: e.target.value })}
              {...ariaOf('childId', `${id}-child-hint`)}
            >
              <option value="">{t('accessRequest.chooseChild')}</option>
              {form.children.map((child) => (
                <option key={child.id} value={child.id}>
                  {child.fullName}
                  {child.birthDate ? `, ${formatDate(child.birthDate)}` : ''}
                </option>
              ))}
            </select>
            <span className="hint" id={`${id}-child-hint`}>
              {t('accessRequest.childrenFromEsia')}
            </span>
          </FormField>
        ) : null}

        <OrganisationPicker
          value={values.organisationId}
          onChange={(organisationId) => change({ organisationId, classId: '' })}
          invalid={Boolean(formErrors.errors.organisationId)}
          describedBy={formErrors.errorIdOf('organisationId')}
        />
        {fieldError('organisationId')}

        <FormField id={`${id}-class`} label={t('accessRequest.className')} error={fieldError('classId')}>
          <select
            id={`${id}-class`}
            value={values.classId}
            disabled={!values.organisationId}
            onChange={(e) => change({ classId: e.target.value })}
            {...ariaOf('classId')}
          >
            <option value="">{values.organisationId ? t('accessRequest.chooseClass') : t('accessRequest.chooseOrganisationFirst')}</option>
            {classData?.organisationClasses.edges.map(({ node: schoolClass }) => (
              <option key={schoolClass.id} value={schoolClass.id}>
                {schoolClass.name}
              </option>
            ))}
          </select>
        </FormField>

        <FormField id={`${id}-comment`} label={t('accessRequest.comment')} error={fieldError('comment')}>
          <textarea
            id={`${id}-comment`}
            rows={3}
            maxLength={accessRequestCommentMaxLength}
            value={values.comment}
            onChange={(e) => change({ comment: e.target.value })}
            {...ariaOf('comment', `${id}-comment-count`)}
          />
          <span id={`${id}-comment-count`} className={atLimit ? 'field-error at-limit' : 'hint'}>
            {t('accessRequest.commentLength', { length: values.comment.length, max: accessRequestCommentMaxLength })}
          </span>
          {/* Said once, when the limit is reached: the counter itself is not read out on every key. */}
          <span className="field-error at-limit" aria-live="polite">
            {atLimit ? t('accessRequest.commentLimit', { max: accessRequestCommentMaxLength }) : ''}
          </span>
        </FormField>

        <FormFailure message={formErrors.failure} />
      </form>
      <div className="actions">
        <button type="submit" form={`${id}-form`} className="button" disabled={state.fetching}>
          {t('accessRequest.submit')}
        </button>
        <SignOutButton app="family" label={t('accessRequest.leave')} />
      </div>
    </>
  );
}
