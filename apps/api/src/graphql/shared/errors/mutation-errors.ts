type ErrorClass = new (...args: never[]) => Error;

/**
 * The errors plugin's `errors` option for a mutation, with the types it generates described:
 * the result union, the success type and its `data` field (`data` says what it holds).
 */
export function mutationErrors(types: ErrorClass[], data: string) {
  return {
    types,
    union: {
      description: 'The outcome: the success type with `data`, or the error that refused the operation (then nothing was changed).',
    },
    result: { description: 'The operation succeeded.' },
    dataField: { description: data },
  };
}
