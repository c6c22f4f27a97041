import type { InvokeChannel } from '../../shared/ipc/channel-names';
import { IPC_CONTRACT } from '../../shared/ipc/contract';
import type { IpcInput, IpcOutput } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { createIpcHandler } from './ipc-handler';
import type { Logger } from './log';

/** One handler per channel of the contract; the type makes a missing channel a compile error. */
export type IpcRoutes<Event> = {
  [C in InvokeChannel]: (input: IpcInput<C>, event: Event) => Promise<IpcOutput<C>>;
};

type Listener<Event> = (event: Event, ...args: unknown[]) => Promise<IpcResult<unknown>>;

export interface IpcRegistrar<Event> {
  handle(channel: string, listener: Listener<Event>): void;
}

/** Registers every channel of the contract on ipcMain, each behind the validating wrapper. */
export function registerIpcRoutes<Event>(
  ipcMain: IpcRegistrar<Event>,
  routes: IpcRoutes<Event>,
  isTrustedSender: (event: Event) => boolean,
  log: Logger,
): void {
  const listenerFor = <C extends InvokeChannel>(channel: C): Listener<Event> =>
    createIpcHandler({ channel, schema: IPC_CONTRACT[channel].input, handle: routes[channel], isTrustedSender, log });
  const listeners = Object.fromEntries(
    (Object.keys(IPC_CONTRACT) as InvokeChannel[]).map((channel) => [channel, listenerFor(channel)]),
  ) as { [C in InvokeChannel]: Listener<Event> };
  for (const [channel, listener] of Object.entries(listeners)) ipcMain.handle(channel, listener);
}
