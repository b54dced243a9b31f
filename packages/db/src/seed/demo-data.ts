import type { DemoCardKey } from '@vhod/demo-people';
import type { AccountRole } from '@vhod/domain';
import type { OrganisationTypeCode } from '../schema/organisations';

// The demo data of docs/demo-data.md as the school system holds it: organisations, classes, and the
// accounts and parent–child links of the demo people's cards (the cards themselves: @vhod/demo-people).

export const DEMO_LEGACY_PASSWORD = 'school123';
export const DEMO_MUNICIPALITY = 'Демонстрационный городской округ';

export const demoOrganisationTypes: ReadonlyArray<{ code: OrganisationTypeCode; name: string; sortOrder: number }> = [
  { code: 'school', name: 'Общеобразовательная организация', sortOrder: 1 },
  { code: 'kindergarten', name: 'Дошкольная образовательная организация', sortOrder: 2 },
  { code: 'college', name: 'Профессиональная образовательная организация', sortOrder: 3 },
  { code: 'additional', name: 'Организация дополнительного образования', sortOrder: 4 },
  { code: 'authority', name: 'Орган управления образованием', sortOrder: 9 },
];

export type DemoOrganisationKey = 'school1' | 'gymnasium2' | 'kindergarten5' | 'college' | 'ddt' | 'ministry';

export interface DemoOrganisation {
  key: DemoOrganisationKey;
  typeCode: OrganisationTypeCode;
  name: string;
  shortName: string;
  classes: readonly string[];
}

export const demoOrganisations: readonly DemoOrganisation[] = [
  { key: 'school1', typeCode: 'school', name: 'МБОУ «Школа № 1»', shortName: 'Школа № 1', classes: ['1А', '4Б', '8А', '11А'] },
  { key: 'gymnasium2', typeCode: 'school', name: 'МАОУ «Гимназия № 2»', shortName: 'Гимназия № 2', classes: ['3В', '6Б', '9А'] },
  {
    key: 'kindergarten5',
    typeCode: 'kindergarten',
    name: 'МБДОУ «Детский сад № 5 „Солнышко“»',
    shortName: 'Детский сад № 5',
    classes: ['Ромашка', 'Звёздочка'],
  },
  { key: 'college', typeCode: 'college', name: 'ГБПОУ «Колледж связи»', shortName: 'Колледж связи', classes: ['ИС-21'] },
  {
    key: 'ddt',
    typeCode: 'additional',
    name: 'МБУ ДО «Дом детского творчества»',
    shortName: 'Дом детского творчества',
    classes: ['Робототехника'],
  },
  {
    key: 'ministry',
    typeCode: 'authority',
    name: 'Министерство образования Демонстрационного региона',
    shortName: 'Министерство образования',
    classes: [],
  },
];

export interface DemoAccount {
  organisation: DemoOrganisationKey;
  role: AccountRole;
  className?: string;
  legacyLogin?: string;
}

/** The school-side facts of one demo card (@vhod/demo-people holds the card itself): accounts and children. */
export interface DemoPersonAccounts {
  card: DemoCardKey;
  accounts: readonly DemoAccount[];
  /** The children's cards (parent–child links). */
  children?: readonly DemoCardKey[];
}

export const demoPersonAccounts: readonly DemoPersonAccounts[] = [
  {
    card: 'petrova',
    accounts: [{ organisation: 'school1', role: 'parent', legacyLogin: 'petrova.as' }],
    children: ['petrovMikhail', 'petrovaSofya'],
  },
  {
    card: 'kuznetsova',
    accounts: [
      { organisation: 'school1', role: 'parent', legacyLogin: 'kuznetsova.ov' },
      { organisation: 'kindergarten5', role: 'parent' },
    ],
    children: ['kuznetsovIvan', 'kuznetsovaAlyona'],
  },
  {
    card: 'smirnov',
    accounts: [
      // Class teacher of 8А: sees the requests about that class.
      { organisation: 'school1', role: 'teacher', className: '8А', legacyLogin: 'smirnov.an' },
      { organisation: 'gymnasium2', role: 'parent' },
    ],
    children: ['smirnovaDarya'],
  },
  // Parent at Гимназия № 2 without a child card of her own.
  { card: 'fedorova', accounts: [{ organisation: 'gymnasium2', role: 'parent', legacyLogin: 'fedorova.mo' }] },
  { card: 'orlova', accounts: [{ organisation: 'school1', role: 'administrator', legacyLogin: 'orlova.ep' }] },
  { card: 'belova', accounts: [{ organisation: 'gymnasium2', role: 'responsible', legacyLogin: 'belova.iv' }] },
  { card: 'zakharov', accounts: [{ organisation: 'ministry', role: 'regional-admin' }] },
  {
    card: 'solovyovaKim',
    accounts: [{ organisation: 'gymnasium2', role: 'parent', legacyLogin: 'solovyova.ai' }],
    children: ['kimArtyom'],
  },
  { card: 'vasiliev', accounts: [{ organisation: 'school1', role: 'parent', legacyLogin: 'vasiliev.ip' }], children: ['vasilievaKseniya'] },
  { card: 'petrovMikhail', accounts: [{ organisation: 'school1', role: 'student', className: '8А', legacyLogin: 'petrov.ma' }] },
  { card: 'petrovaSofya', accounts: [{ organisation: 'school1', role: 'student', className: '4Б', legacyLogin: 'petrova.sa' }] },
  { card: 'kuznetsovIvan', accounts: [{ organisation: 'school1', role: 'student', className: '4Б' }] },
  // A kindergarten pupil: role 'student' in group Ромашка.
  { card: 'kuznetsovaAlyona', accounts: [{ organisation: 'kindergarten5', role: 'student', className: 'Ромашка' }] },
  { card: 'smirnovaDarya', accounts: [{ organisation: 'gymnasium2', role: 'student', className: '9А' }] },
  { card: 'kimArtyom', accounts: [{ organisation: 'gymnasium2', role: 'student', className: '6Б' }] },
  { card: 'vasilievaKseniya', accounts: [{ organisation: 'school1', role: 'student', className: '8А' }] },
];
