import { esiaPersonSchema, isIdentityDocumentType, type EsiaPerson } from '@vhod/domain';
import { z } from 'zod';

/**
 * ESIA's REST answers about a person (`/rs/prns/{oid}` and its `docs`, `ctts`, `kids`, each kid's `docs`, all with
 * `?embed=(elements)`), and the one place they become the domain's EsiaPerson. Field names and formats: the wire
 * contract with the development ESIA, fr05t1k/esia's and AISGorod's person calls (the same endpoints and `elements`
 * collections), and the document and contact type codes ESIA's portal code uses (RF_PASSPORT, RF_BRTH_CERT, EML, MBT).
 * Unknown fields are ignored; a malformed answer is refused.
 */

const text = z.string().trim().min(1);
const optionalText = z
  .string()
  .trim()
  .transform((value) => value || null)
  .nullish();

/** `dd.MM.yyyy` → `YYYY-MM-DD`, and a real calendar day. */
const esiaDate = z
  .string()
  .regex(/^\d{2}\.\d{2}\.\d{4}$/)
  .transform((value) => value.split('.').reverse().join('-'))
  .pipe(z.iso.date());

const gender = z.enum(['M', 'F']).transform((value) => (value === 'M' ? 'male' : 'female'));

/** What a person and a kid share. */
const nameAndBirthFields = {
  firstName: text,
  lastName: text,
  middleName: optionalText,
  birthDate: esiaDate.nullish(),
  gender: gender.nullish(),
  snils: optionalText,
};

const personSchema = z.object({
  ...nameAndBirthFields,
  /** A confirmed account; ESIA leaves it out for the others. */
  trusted: z.boolean().default(false),
});

const documentSchema = z.object({ type: z.string(), series: optionalText, number: optionalText });
const contactSchema = z.object({ type: z.string(), value: optionalText, vrfStu: z.string().nullish() });
const kidSchema = z.object({ id: z.union([text, z.number().int()]).transform(String), ...nameAndBirthFields });

/** ESIA's collections: `{"elements": [...], "size": n}`; an empty one may come without elements. */
const elementsOf = <T extends z.ZodType>(element: T) => z.object({ elements: z.array(element).default([]) }).transform((c) => c.elements);

/** What was read for one sign-in; null where the scope was not granted and ESIA was not asked. */
export interface EsiaPersonAnswers {
  oid: string;
  person: unknown;
  documents: unknown | null;
  contacts: unknown | null;
  kids: unknown | null;
  /** Each kid's `docs` answer by kid id; absent where the scope was not granted. */
  kidDocuments: ReadonlyMap<string, unknown>;
}

/** A malformed answer; the message names the failing fields, never their values (they are personal data). */
export class EsiaPersonDataError extends Error {
  override readonly name = 'EsiaPersonDataError';
}

function parse<T extends z.ZodType>(schema: T, answer: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(answer);
  if (parsed.success) return parsed.data;
  const fields = [...new Set(parsed.error.issues.map((issue) => [what, ...issue.path].join('.')))];
  throw new EsiaPersonDataError(`ESIA person data rejected: ${fields.join(', ')}`);
}

/** Absent fields as null: the domain's snapshot keeps nulls, not missing keys. */
function nameAndBirth(p: z.output<z.ZodObject<typeof nameAndBirthFields>>) {
  return {
    lastName: p.lastName,
    firstName: p.firstName,
    middleName: p.middleName ?? null,
    birthDate: p.birthDate ?? null,
    gender: p.gender ?? null,
    snils: p.snils ?? null,
  };
}

/** The ids of the kids in a `kids` answer, to read each kid's documents. */
export function kidIdsIn(kids: unknown): string[] {
  return parse(elementsOf(kidSchema), kids, 'kids').map((kid) => kid.id);
}

export function esiaPersonFrom(answers: EsiaPersonAnswers): EsiaPerson {
  const person = parse(personSchema, answers.person, 'person');
  const documents = answers.documents === null ? [] : parse(elementsOf(documentSchema), answers.documents, 'docs');
  const contacts = answers.contacts === null ? [] : parse(elementsOf(contactSchema), answers.contacts, 'ctts');
  const kids = answers.kids === null ? [] : parse(elementsOf(kidSchema), answers.kids, 'kids');
  const contact = (type: 'EML' | 'MBT') => {
    const ofType = contacts.filter((c) => c.type === type && c.value);
    return (ofType.find((c) => c.vrfStu === 'VERIFIED') ?? ofType[0])?.value ?? null;
  };
  return esiaPersonSchema.parse({
    subject: answers.oid,
    trusted: person.trusted,
    ...nameAndBirth(person),
    // Identity documents the matching rule knows (passport first, as ESIA lists them); other documents are not ours.
    documents: documents.flatMap((doc) =>
      isIdentityDocumentType(doc.type) && doc.number ? [{ type: doc.type, series: doc.series ?? null, number: doc.number }] : [],
    ),
    email: contact('EML'),
    mobile: contact('MBT'),
    children: kids.map((kid) => {
      const kidDocuments = answers.kidDocuments.get(kid.id);
      const certificate =
        kidDocuments === undefined
          ? undefined
          : parse(elementsOf(documentSchema), kidDocuments, 'kids.docs').find((doc) => doc.type === 'RF_BRTH_CERT' && doc.number);
      return {
        id: kid.id,
        ...nameAndBirth(kid),
        birthCertificate: certificate ? { series: certificate.series ?? null, number: certificate.number! } : null,
      };
    }),
  });
}
