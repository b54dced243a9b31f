import { graphql } from '@vhod/ui/graphql';

export const ReplyTemplatesQuery = graphql(`
  query ReplyTemplates {
    replyTemplates { edges { node { id title text } } }
  }
`);

export const SaveReplyTemplateMutation = graphql(`
  mutation SaveReplyTemplate($id: ID, $title: String!, $text: String!) {
    saveReplyTemplate(id: $id, title: $title, text: $text) {
      __typename
      ... on MutationSaveReplyTemplateSuccess { data { id } }
      ... on DomainError { message }
    }
  }
`);

export const DeleteReplyTemplateMutation = graphql(`
  mutation DeleteReplyTemplate($id: ID!) {
    deleteReplyTemplate(id: $id) { __typename ... on DomainError { message } }
  }
`);
