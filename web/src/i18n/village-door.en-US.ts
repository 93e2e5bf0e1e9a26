import type { TMessages } from './zh-CN.ts';

/** English strings of the villagers' door on the village page and the village's printable card. */
export const villageDoorEnUS: Pick<TMessages, 'villageDoor'> = {
  villageDoor: {
    title: 'The villagers’ door',
    hint: 'Villagers scan the QR code or open the address below to see their village cadres, raise a request and follow it, without an account.',
    qrAlt: 'QR code of {{village}} for villagers',
    link: 'Public address',
    print: 'Print the QR card',
    downloadQr: 'Download the QR code',
    localTitle: 'The QR code points at this machine',
    localHint:
      'The address {{url}} opens only on the server itself: villagers’ phones cannot open it. Ask the system administrator to set PUBLIC_URL (an address villagers reach) before printing.',
    printAnyway: 'Print anyway',
    cancel: 'Cancel',
    sign: {
      title: 'Villagers’ QR card',
      back: 'Back to the village',
    },
    // translations for completeness; the card reads these keys in zh-CN only
    sheet: {
      heading: 'Your village cadres serve you',
      title: 'Scan to raise a request · rate your village cadres',
      noCadres: 'No village cadres yet',
    },
  },
};
