import { FormFailure, useDocumentTitle } from '@vhod/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { DeleteReplyTemplateMutation, ReplyTemplatesQuery, SaveReplyTemplateMutation } from './reply-templates';

/** «Шаблоны ответов»: the organisation's ready comments for common decisions. */
export function ReplyTemplatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('replyTemplates.title'), 'staff');
  const [{ data }, refetch] = useQuery({ query: ReplyTemplatesQuery });
  const [saving, save] = useMutation(SaveReplyTemplateMutation);
  const [removing, remove] = useMutation(DeleteReplyTemplateMutation);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  return (
    <section className="card wide">
      <h1>{t('replyTemplates.title')}</h1>
      <ul className="choice-list">
        {data?.replyTemplates.edges.map(({ node: template }) => (
          <li key={template.id}>
            <strong>{template.title}</strong>
            <p>{template.text}</p>
            <button
              type="button"
              className="link-button"
              disabled={removing.fetching}
              onClick={async () => {
                await remove({ id: template.id });
                refresh();
              }}
            >
              {t('replyTemplates.delete')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="form"
        onSubmit={async (event) => {
          event.preventDefault();
          const result = await save({ id: null, title, text });
          const payload = result.data?.saveReplyTemplate;
          if (payload?.__typename === 'DomainError') return setError(payload.message);
          setError(null);
          setTitle('');
          setText('');
          refresh();
        }}
      >
        <h2>{t('replyTemplates.new')}</h2>
        <label className="field">
          <span>{t('replyTemplates.name')}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('replyTemplates.text')}</span>
          <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <FormFailure message={error} />
        <button type="submit" className="button" disabled={saving.fetching}>
          {t('replyTemplates.save')}
        </button>
      </form>
    </section>
  );
}
