import { useEffect, useState, type InputHTMLAttributes } from 'react';
import { formatDate, parseRussianDate } from '../format-date';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const shown = (value: string) => (isoDay.test(value) ? formatDate(value) : value);

/**
 * A calendar day typed as дд.мм.гггг whatever the browser's language (a native date input shows
 * 11/23/2026 in an English browser, `lang` notwithstanding). `value` and `onChange` speak
 * YYYY-MM-DD; text that is not a whole real day is passed on as typed, for the form's rules to refuse.
 */
export function DateInput({
  value,
  onChange,
  ...attributes
}: { value: string; onChange(value: string): void } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'>) {
  const [text, setText] = useState(() => shown(value));
  // Follows a value set from outside (a reset, the address, Back), not the echo of what was typed.
  useEffect(() => {
    if ((parseRussianDate(text) ?? text) !== value) setText(shown(value));
  }, [value, text]);
  return (
    <input
      {...attributes}
      type="text"
      inputMode="numeric"
      lang="ru"
      placeholder="дд.мм.гггг"
      autoComplete="off"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseRussianDate(event.target.value) ?? event.target.value);
      }}
    />
  );
}
