import escapeHtml from 'escape-html';

export { escapeHtml };

/**
 * A tiny HTML templating helper. Every interpolated value is escaped unless it is
 * already a SafeHtml fragment produced by this module, so a page cannot forget to
 * escape a citizen's name, a client id or an error text coming from a request.
 */
export class SafeHtml {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  toString(): string {
    return this.#value;
  }
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | ReadonlyArray<Interpolation>;

function renderInterpolation(value: Interpolation): string {
  if (value === null || value === undefined || value === false) {
    return '';
  }
  if (value instanceof SafeHtml) {
    return value.toString();
  }
  if (Array.isArray(value)) {
    return value.map((item: Interpolation) => renderInterpolation(item)).join('');
  }
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += renderInterpolation(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/**
 * Marks trusted markup (for example a form that oidc-provider generated itself) as safe.
 * Never pass request data here.
 */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
