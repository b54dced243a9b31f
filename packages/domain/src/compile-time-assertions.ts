/**
 * Compile-time guards, used where a zod schema checks input against a hand-written interface
 * (the documented contract): `Assert<Same<z.infer<typeof schema>, Interface>>` stops compiling
 * as soon as the two drift apart.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type Assert<T extends true> = T;
