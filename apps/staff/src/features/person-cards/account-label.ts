import type { TFunction } from 'i18next';

/** «Учитель, 8А» — the role in Russian, the class when there is one. */
export function accountLabel(t: TFunction, account: { role: string; className: string | null }): string {
  const role = t(`personCards.roles.${account.role.toLowerCase()}`, { defaultValue: account.role });
  return account.className ? `${role}, ${account.className}` : role;
}
