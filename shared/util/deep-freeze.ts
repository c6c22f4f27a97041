/**
 * Freezes a value and everything it holds, walking with its own stack (never the call stack), so
 * that any later attempt to change it throws instead of silently changing shared data.
 */
export function deepFreeze<T>(root: T): T {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null || Object.isFrozen(value)) continue;
    Object.freeze(value);
    for (const key in value) pending.push((value as Record<string, unknown>)[key]);
  }
  return root;
}
