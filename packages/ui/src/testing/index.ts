// For the SPAs' component tests only: a page rendered as the app renders it, its GraphQL answered by the test.
export { renderWithApi, type ApiAnswers } from './render-with-api';
