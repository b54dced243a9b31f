/**
 * The sim's day in every test unless a test says otherwise: Михаил (born 2012-09-01) is 14 and
 * Софья (born 2016-03-15) is 10, so both are minors whatever day the suite runs on.
 */
export const testNow = (): Date => new Date('2026-11-23T09:00:00Z');
