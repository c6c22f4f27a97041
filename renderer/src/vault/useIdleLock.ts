import { useEffect } from 'react';
import { startIdleTimer } from './idle-timer';

/** Locks (calls onIdle) after `minutes` without activity in the window. */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  useEffect(() => startIdleTimer({ minutes, onIdle, target: window }), [minutes, onIdle]);
}
