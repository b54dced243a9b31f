import { ruPortal } from '@vhod/i18n/portal';
import { renderWithApi } from '@vhod/ui/testing';

/**
 * A family page rendered with the portal's own texts only, as its bundle ships them: a page reaching for a text of
 * the staff console or the API would show the bare key, and its test would fail.
 */
export function renderPortalPage(...[page, options = {}]: Parameters<typeof renderWithApi>) {
  return renderWithApi(page, { messages: ruPortal, ...options });
}
