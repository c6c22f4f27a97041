/** Random record ids: they say nothing about what the record holds. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
