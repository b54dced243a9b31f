/** A link at the end of an email: its words, and where it leads. */
export interface EmailLink {
  label: string;
  href: string;
}

/** Where a family goes from an email about a request: the portal, and «Мои обращения» in it. */
export function portalLinks(portalOrigin: string): EmailLink[] {
  const origin = portalOrigin.replace(/\/+$/, '');
  return [
    { label: 'Войти в систему', href: `${origin}/` },
    { label: 'Мои обращения', href: `${origin}/my-requests` },
  ];
}
