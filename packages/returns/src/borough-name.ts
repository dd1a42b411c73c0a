import { findLocalAuthority } from "@st/core/places";

/** A borough's name for messages: the London name, else the code as given. */
export function boroughName(code: string): string {
  const authority = findLocalAuthority(code);
  return authority?.london ? authority.name : code;
}
