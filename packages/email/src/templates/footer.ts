/** Closing line of every email, in both versions. */
export const EMAIL_FOOTER = 'Это письмо отправлено автоматически, отвечать на него не нужно.';
