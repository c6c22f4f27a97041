/**
 * CareBinder needs no web permission (camera, notifications, geolocation, clipboard read,
 * USB, serial…): every request and every check is answered "no", so a page that is somehow
 * compromised cannot reach devices or OS features either.
 */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (permissionGranted: boolean) => void,
): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

export function denyDevicePermission(): boolean {
  return false;
}
