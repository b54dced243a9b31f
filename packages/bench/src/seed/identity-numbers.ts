import { snilsChecksum } from '@vhod/domain';
import type { Prng } from './prng';

/**
 * Distinct numbers without a set of used ones: i ↦ (multiplier·i + offset) mod size is a
 * bijection on [0, size) when the multiplier is coprime with size, and it scatters neighbours.
 */
class ScatteredSequence {
  private next = 0;

  constructor(
    private readonly first: number,
    private readonly size: number,
    private readonly multiplier: number,
    private readonly offset: number,
  ) {}

  take(): number {
    if (this.next >= this.size) throw new Error('identity numbers exhausted');
    const value = this.first + ((this.multiplier * this.next + this.offset) % this.size);
    this.next += 1;
    return value;
  }
}

// Numbers up to 001-001-998 predate the checksum rule; start above them so every SNILS is checked.
const FIRST_CHECKED_SNILS = 1_002_000;

/** Unique, valid SNILS (the Pension Fund checksum), as 11 digits. */
export class SnilsIssuer {
  private readonly numbers = new ScatteredSequence(FIRST_CHECKED_SNILS, 999_999_999 - FIRST_CHECKED_SNILS + 1, 7_919_993, 123_456_789);

  issue(): string {
    const body = String(this.numbers.take()).padStart(9, '0');
    return `${body}${String(snilsChecksum(body)).padStart(2, '0')}`;
  }
}

export interface CardDocument {
  documentType: 'RF_PASSPORT' | 'RF_BRTH_CERT';
  documentSeries: string | null;
  documentNumber: string;
}

// Birth certificate series: a Roman numeral and two letters of the registry office.
const certificateNumerals = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
const registryLetters = ['МЮ', 'ЖР', 'КН', 'АГ', 'ИК', 'ОБ', 'ПЛ', 'РУ'];

/**
 * Passports and birth certificates with unique numbers, written the way schools type them in:
 * series and number apart, all ten digits in the number, with stray spaces, or with a Cyrillic
 * look-alike in a certificate's numeral. The card's document key folds all of these.
 */
export class DocumentIssuer {
  private readonly passportNumbers = new ScatteredSequence(100_000, 900_000, 48_271, 31_337);
  private readonly certificateNumbers = new ScatteredSequence(100_000, 900_000, 1_000_003, 77_777);

  constructor(private readonly regionCode: string) {}

  passport(prng: Prng, issuedYear: number): CardDocument {
    const series = `${this.regionCode}${String(issuedYear % 100).padStart(2, '0')}`;
    const number = String(this.passportNumbers.take());
    const style = prng.next();
    if (style < 0.7) return { documentType: 'RF_PASSPORT', documentSeries: series, documentNumber: number };
    if (style < 0.85) return { documentType: 'RF_PASSPORT', documentSeries: null, documentNumber: `${series}${number}` };
    if (style < 0.95) return { documentType: 'RF_PASSPORT', documentSeries: null, documentNumber: `${series} ${number}` };
    return { documentType: 'RF_PASSPORT', documentSeries: `${series.slice(0, 2)} ${series.slice(2)}`, documentNumber: number };
  }

  birthCertificate(prng: Prng, birthYear: number): CardDocument {
    // Numerals grew over the decades; a fixed mapping keeps siblings' series plausible.
    const numeral = certificateNumerals[Math.min(certificateNumerals.length - 1, Math.max(0, birthYear - 2005) >> 2)]!;
    const series = `${numeral}-${prng.pick(registryLetters)}`;
    const typed = prng.chance(0.03) ? series.replace('I', 'І') : series; // a Ukrainian І from the wrong layout
    return { documentType: 'RF_BRTH_CERT', documentSeries: typed, documentNumber: String(this.certificateNumbers.take()) };
  }
}

/** ESIA subjects (`sub`): ten-digit numbers, unique across the region. */
export class EsiaSubjectIssuer {
  private readonly numbers = new ScatteredSequence(1_000_000_000, 8_999_999_999, 2_654_435_761, 97_531);

  issue(): string {
    return String(this.numbers.take());
  }
}
