import {
  accessRequestMatchReasons,
  formatAccessRequestNumber,
  formatSnils,
  type AccessRequestMatchReason,
  type AccessRequestStatus,
  type EsiaChild,
} from '@vhod/domain';
import type { AccessRequestApplicant, AccessRequestEventKind, NewAccessRequest } from '@vhod/db';
import type { SeedAccount, SeedPerson } from './people';
import { WeightedPicker, type Prng } from './prng';

export interface SeedAccessRequestEvent {
  requestId: string;
  at: Date;
  kind: AccessRequestEventKind;
  actorAccountId: string | null;
  comment: string | null;
  internal: boolean;
}

/** A link the staff made when resolving a request: the applicant's card now carries their ESIA subject. */
export interface StaffLink {
  esiaSubject: string;
  linkedAt: Date;
  linkedByAccountId: string;
}

export interface SeedAccessRequests {
  requests: Array<NewAccessRequest & { id: string }>;
  events: SeedAccessRequestEvent[];
  counters: Array<{ year: number; lastNumber: number }>;
  /** Applicants whose request was resolved by linking. */
  resolvedLinks: Map<SeedPerson, StaffLink>;
  /** Applicants whose request is open or was rejected: their automatic match still fails, so no link. */
  unlinkedApplicants: Set<SeedPerson>;
}

const DAY = 86_400_000;
const MOSCOW_OFFSET = 3 * 3_600_000;
const reasons = new WeightedPicker<AccessRequestMatchReason>(accessRequestMatchReasons, [70, 5, 0, 5, 5, 15]);
const familyComments = [
  'Ребёнок перешёл в школу в этом году',
  'Не получается войти через Госуслуги, прошу привязать',
  'Смена фамилии, в школе старые данные',
  'Поменял паспорт',
  'Прошу подключить к электронному дневнику',
];
const decisionComments = {
  resolved: ['Учётная запись привязана', 'Данные карточки исправлены, учётная запись привязана', 'Создана карточка, доступ предоставлен'],
  rejected: ['Обучающийся не числится в организации', 'Данные не совпадают с документами, обратитесь лично', 'Повторное обращение'],
};
const staffNotes = ['Позвонили родителю, ждём копию паспорта', 'Уточнить у классного руководителя', 'Проверить СНИЛС'];

/** Later requests are more often still open: a school works its queue, old requests are decided. */
function statusByAge(prng: Prng, ageDays: number): AccessRequestStatus {
  const weights = ageDays < 14 ? [45, 30, 18, 7] : ageDays < 60 ? [8, 7, 62, 23] : [1.5, 1.5, 70, 27];
  return new WeightedPicker<AccessRequestStatus>(['new', 'in_review', 'resolved', 'rejected'], weights).pick(prng);
}

/**
 * «Обратиться в организацию» over the last year and a half, in every status: families whose card
 * did not match (the ESIA document or SNILS differs from the card) ask the school their child is in.
 * Numbers are per year and gapless, as the counter issues them.
 */
export function buildAccessRequests(
  prng: Prng,
  count: number,
  persons: readonly SeedPerson[],
  subjectOf: (person: SeedPerson) => string,
  anchor: Date,
): SeedAccessRequests {
  const workers = new Map<string, SeedAccount[]>();
  for (const person of persons) {
    for (const account of person.accounts) {
      if ((account.row.role === 'responsible' || account.row.role === 'administrator') && !account.row.disabledAt) {
        workers.set(account.row.organisationId, [...(workers.get(account.row.organisationId) ?? []), account]);
      }
    }
  }
  const activeStudentAccount = (person: SeedPerson) =>
    person.accounts.find((account) => account.row.role === 'student' && !account.row.disabledAt);
  const applicants = persons.filter(
    (person) =>
      (person.kind === 'parent' && person.children.some(activeStudentAccount)) ||
      (person.kind === 'student' && person.age >= 14 && activeStudentAccount(person)),
  );
  if (applicants.length < count) throw new Error(`only ${applicants.length} possible applicants for ${count} requests`);

  const chosen = new Set<SeedPerson>();
  const requests: SeedAccessRequests['requests'] = [];
  const events: SeedAccessRequestEvent[] = [];
  const resolvedLinks = new Map<SeedPerson, StaffLink>();
  const unlinkedApplicants = new Set<SeedPerson>();

  while (requests.length < count) {
    const person = prng.pick(applicants);
    if (chosen.has(person)) continue;
    chosen.add(person);

    const child = person.kind === 'parent' ? prng.pick(person.children.filter(activeStudentAccount)) : null;
    const studentAccount = activeStudentAccount(child ?? person)!;
    const organisationWorkers = workers.get(studentAccount.row.organisationId) ?? [];
    const ageDays = prng.chance(0.15) ? prng.next() * 30 : 30 + prng.next() * 510;
    const createdAt = new Date(anchor.getTime() - Math.floor(ageDays * DAY));
    let status = statusByAge(prng, ageDays);
    if (organisationWorkers.length === 0) status = 'new';
    const worker = organisationWorkers.length > 0 ? prng.pick(organisationWorkers) : null;
    const takenAt =
      status === 'new' ? null : new Date(Math.min(anchor.getTime() - 60_000, createdAt.getTime() + prng.int(600, 2 * 86_400) * 1000));
    const decidedAt =
      (status === 'resolved' || status === 'rejected') && takenAt
        ? new Date(Math.min(anchor.getTime() - 1000, takenAt.getTime() + prng.int(300, 5 * 86_400) * 1000))
        : null;
    const subject = subjectOf(person);
    const id = prng.uuid();
    const card = person.row;

    const applicant: AccessRequestApplicant = {
      subject,
      lastName: card.lastName,
      firstName: card.firstName,
      middleName: card.middleName ?? null,
      birthDate: card.birthDate,
      gender: card.gender,
      // What made the automatic match fail: ESIA holds a newer passport and often no SNILS.
      snils: card.snils && prng.chance(0.5) ? formatSnils(card.snils) : null,
      documents: [
        { type: 'RF_PASSPORT', series: `45${String(prng.int(0, 25)).padStart(2, '0')}`, number: String(prng.int(100_000, 999_999)) },
      ],
      email: card.email ?? `applicant.${requests.length}@example.ru`,
      mobile: card.phone ?? null,
      trusted: true,
    };
    const esiaChild: EsiaChild | null = child
      ? {
          id: subjectOf(child),
          lastName: child.row.lastName,
          firstName: child.row.firstName,
          middleName: child.row.middleName ?? null,
          birthDate: child.row.birthDate,
          gender: child.row.gender,
          snils: child.row.snils ? formatSnils(child.row.snils) : null,
          birthCertificate:
            child.row.documentType === 'RF_BRTH_CERT' && child.row.documentNumber
              ? { series: child.row.documentSeries ?? null, number: child.row.documentNumber }
              : null,
        }
      : null;

    requests.push({
      id,
      number: '',
      esiaSubject: subject,
      role: child ? 'parent' : 'student',
      applicant,
      email: applicant.email!,
      child: esiaChild,
      childKey: esiaChild?.id ?? '',
      organisationId: studentAccount.row.organisationId,
      classId: prng.chance(0.7) ? (studentAccount.row.classId ?? null) : null,
      comment: prng.chance(0.4) ? prng.pick(familyComments) : null,
      matchReason: reasons.pick(prng),
      status,
      decisionComment: decidedAt ? prng.pick(decisionComments[status as 'resolved' | 'rejected']) : null,
      assignedToAccountId: takenAt ? worker!.row.id : null,
      decidedByAccountId: decidedAt ? worker!.row.id : null,
      createdAt,
      updatedAt: decidedAt ?? takenAt ?? createdAt,
      decidedAt,
    });

    const event = (
      at: Date,
      kind: AccessRequestEventKind,
      actorAccountId: string | null,
      comment: string | null = null,
      internal = false,
    ) => events.push({ requestId: id, at, kind, actorAccountId, comment, internal });
    event(createdAt, 'created', null);
    if (takenAt) event(takenAt, 'taken', worker!.row.id);
    if (takenAt && prng.chance(0.1)) event(new Date(takenAt.getTime() + 1000), 'note', worker!.row.id, prng.pick(staffNotes), true);
    if (decidedAt)
      event(
        decidedAt,
        status === 'resolved' ? 'resolved' : 'rejected',
        worker!.row.id,
        requests[requests.length - 1]!.decisionComment ?? null,
      );

    if (status === 'resolved') resolvedLinks.set(person, { esiaSubject: subject, linkedAt: decidedAt!, linkedByAccountId: worker!.row.id });
    else unlinkedApplicants.add(person);
  }

  // Numbers in the order the requests were sent, per calendar year of the deployment's time zone
  // (Europe/Moscow, UTC+3 all year).
  const counters = new Map<number, number>();
  for (const request of [...requests].sort((a, b) => a.createdAt!.getTime() - b.createdAt!.getTime())) {
    const year = new Date(request.createdAt!.getTime() + MOSCOW_OFFSET).getUTCFullYear();
    const sequence = (counters.get(year) ?? 0) + 1;
    counters.set(year, sequence);
    request.number = formatAccessRequestNumber(year, sequence);
  }

  return {
    requests,
    events,
    counters: [...counters].map(([year, lastNumber]) => ({ year, lastNumber })),
    resolvedLinks,
    unlinkedApplicants,
  };
}
