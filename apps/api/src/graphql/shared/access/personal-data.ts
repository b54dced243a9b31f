/**
 * Field options for SNILS and identity documents: shown only to callers with the personal-data
 * permission; anyone else reads null instead of an error, so the rest of their query still works.
 */
export const personalDataOnly = {
  authScopes: { personalData: true },
  unauthorizedResolver: () => null,
  description: 'Personal data: null unless the caller may see SNILS and documents (staff who work requests; API scope personal-data:read).',
} as const;
