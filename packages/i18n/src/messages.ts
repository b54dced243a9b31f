import type { ru } from './locales/ru';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language's catalogue must have; Russian is the reference. */
export type Messages = Widen<typeof ru>;
