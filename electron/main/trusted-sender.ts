import { isAppUrl } from './app-origin';

/** The parts of an IPC event's sender frame that decide trust (Electron's WebFrameMain). */
export interface SenderFrameLike {
  readonly url: string;
  /** null for a main frame. */
  readonly parent: unknown;
}

export interface SenderLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: SenderFrameLike | null;
}

export interface TrustPolicy {
  /** webContents ids of the windows this app created. */
  readonly windowIds: ReadonlySet<number>;
  /** The dev server, only while developing. */
  readonly devServer: URL | null;
}

function isAppPage(rawUrl: string, devServer: URL | null): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (isAppUrl(url)) return true;
  return devServer !== null && url.protocol === devServer.protocol && url.host === devServer.host;
}

/**
 * An IPC message is served only when it comes from the main frame of a window we created,
 * showing our own page. Subframes (a PDF preview, anything injected) and other windows are
 * refused, like Electron Fiddle ignores windows it did not create.
 */
export function isTrustedSender(event: SenderLike, policy: TrustPolicy): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  if (!policy.windowIds.has(event.sender.id)) return false;
  return isAppPage(frame.url, policy.devServer);
}
