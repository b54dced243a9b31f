/** Time as the rules see it: policies speak of calendar days in the deployment's time zone. */
export interface Clock {
  now(): Date;
  /** Today's date (YYYY-MM-DD) in the deployment's time zone. */
  today(): string;
}

export function systemClock(timeZone: string): Clock {
  return clockReading(() => new Date(), timeZone);
}

/** A clock that reads `now` (the system's, or one a whole test system shares) with calendar days in `timeZone`. */
export function clockReading(now: () => Date, timeZone: string): Clock {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return {
    now,
    today: () => format.format(now()),
  };
}
