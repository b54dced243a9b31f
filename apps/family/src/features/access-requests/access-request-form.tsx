import { accessRequestCommentMaxLength, validateAccessRequestInput } from '@vhod/domain';
import { OrganisationPicker, formatDate } from '@vhod/ui';
import type { ResultOf } from '@vhod/ui/graphql';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { type AccessRequestFormQuery, OrganisationClassesQuery, SubmitAccessRequestMutation } from './access-request-documents';

type Form = NonNullable<ResultOf<typeof AccessRequestFormQuery>['accessRequestForm']>;
type Field = 'organisationId' | 'classId' | 'childId' | 'email' | 'comment';
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
  const id = useId();
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [classId, setClassId] = useState('');
  const [childId, setChildId] = useState(form.children.length === 1 ? form.children[0]!.id : '');
  const [email, setEmail] = useState(form.email ?? '');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [{ data: classData }] = useQuery({
    query: OrganisationClassesQuery,
    variables: { organisationId: organisationId ?? '' },
    pause: !organisationId,
  });
  const [state, submit] = useMutation(SubmitAccessRequestMutation);
  const isParent = form.role === 'PARENT';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
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
    if (!checked.ok) {
      setErrors(Object.fromEntries(checked.fieldErrors.map((error) => [error.field, t(error.code)])));
      return;
    }
    setErrors({});
    const result = await submit({ input: checked.value });
    const payload = result.data?.submitAccessRequest;
    if (payload?.__typename === 'ValidationError') {
      setErrors(Object.fromEntries(payload.fieldErrors.map((error) => [error.field, error.message])));
    } else if (payload?.__typename === 'DomainError') {
      setFailure(payload.message);
    } else if (payload?.__typename === 'MutationSubmitAccessRequestSuccess') {
      onSubmitted({ number: payload.data.request.number, email: checked.value.email, alreadyExisted: payload.data.alreadyExisted });
    } else {
      setFailure(t('errors.unknown'));
    }
  }

  const fieldError = (field: Field) =>
    errors[field] ? (
      <span className="field-error" id={`${id}-${field}-error`} role="alert">
        {errors[field]}
      </span>
    ) : null;

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
        <Labelled id={`${id}-email`} label={t('accessRequest.email')} error={fieldError('email')}>
          <input id={`${id}-email`} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
          <span className="hint">{t('accessRequest.emailHint')}</span>
        </Labelled>
      )}

      {isParent ? (
        <Labelled id={`${id}-child`} label={t('accessRequest.child')} error={fieldError('childId')}>
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
        </Labelled>
      ) : null}

      <OrganisationPicker
        value={organisationId}
        onChange={(next) => {
          setOrganisationId(next);
          setClassId('');
        }}
      />
      {fieldError('organisationId')}

      <Labelled id={`${id}-class`} label={t('accessRequest.className')} error={fieldError('classId')}>
        <select id={`${id}-class`} value={classId} disabled={!organisationId} onChange={(e) => setClassId(e.target.value)}>
          <option value="">{organisationId ? t('accessRequest.chooseClass') : t('accessRequest.chooseOrganisationFirst')}</option>
          {classData?.organisationClasses.edges.map(({ node: schoolClass }) => (
            <option key={schoolClass.id} value={schoolClass.id}>
              {schoolClass.name}
            </option>
          ))}
        </select>
      </Labelled>

      <Labelled id={`${id}-comment`} label={t('accessRequest.comment')} error={fieldError('comment')}>
        <textarea id={`${id}-comment`} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
        <span className="hint">{t('accessRequest.commentLength', { length: comment.length, max: accessRequestCommentMaxLength })}</span>
      </Labelled>

      {failure ? (
        <p role="alert" className="error">
          {failure}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={state.fetching}>
        {t('accessRequest.submit')}
      </button>
    </form>
  );
}

function Labelled({ id, label, error, children }: { id: string; label: string; error: ReactNode; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>
        <span>{label}</span>
      </label>
      {children}
      {error}
    </div>
  );
}
