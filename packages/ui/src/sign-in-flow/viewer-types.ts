import type { ResultOf } from '../graphql';
import type { ViewerQuery } from './viewer-query';

export type Viewer = NonNullable<ResultOf<typeof ViewerQuery>['viewer']>;
