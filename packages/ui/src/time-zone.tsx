import { createContext, useContext, type ReactNode } from 'react';

const TimeZoneContext = createContext<string | null>(null);

/** The deployment's time zone (VHOD_TIME_ZONE, from the `deployment` query) for every page below it. */
export function TimeZoneProvider({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return <TimeZoneContext.Provider value={timeZone}>{children}</TimeZoneContext.Provider>;
}

/** The zone `formatDateTime` and the day filters use; SignInFlow provides it before any page renders. */
export function useTimeZone(): string {
  const timeZone = useContext(TimeZoneContext);
  if (!timeZone) throw new Error('useTimeZone outside TimeZoneProvider');
  return timeZone;
}
