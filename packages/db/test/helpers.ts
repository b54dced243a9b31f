export { queryRows } from '../src/queries/query-rows';
