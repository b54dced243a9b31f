/**
 * Latin capitals that look like Cyrillic ones, as typed by people who switch keyboard layouts
 * ("5A" for «5А», "IV-MЮ" for «IV-МЮ»): comparisons read them as the Cyrillic letter.
 */
export const latinToCyrillic: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
};
