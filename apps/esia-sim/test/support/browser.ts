import { CookieJar } from '../../src/testing/cookie-jar';

/** A browser stand-in that stops at each page, for checking what the pages show. */
export class Browser {
  readonly jar = new CookieJar();

  async request(url: URL, form?: Record<string, string>): Promise<Response> {
    const headers = new Headers();
    const cookie = this.jar.headerFor(url);
    if (cookie !== undefined) headers.set('cookie', cookie);
    if (form !== undefined) headers.set('content-type', 'application/x-www-form-urlencoded');
    const response = await fetch(url, {
      method: form === undefined ? 'GET' : 'POST',
      headers,
      body: form === undefined ? undefined : new URLSearchParams(form).toString(),
      redirect: 'manual',
    });
    this.jar.store(url, response);
    return response;
  }

  /** Follows redirects inside the sim until a page is shown; returns its URL and HTML. */
  async open(
    start: URL,
    simOrigin: string,
    form?: Record<string, string>,
  ): Promise<{ url: URL; status: number; html: string; leftTo?: URL }> {
    let url = start;
    let body = form;
    for (;;) {
      const response = await this.request(url, body);
      body = undefined;
      const location = response.headers.get('location');
      if (location === null) {
        return { url, status: response.status, html: await response.text() };
      }
      await response.body?.cancel();
      const next = new URL(location, url);
      if (next.origin !== simOrigin) {
        return { url, status: response.status, html: '', leftTo: next };
      }
      url = next;
    }
  }
}
