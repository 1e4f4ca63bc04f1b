import type { IconName } from '../../app/Icon';

/** An icon per guide, beside its title (helps people who read poorly find the right one). */
export const GUIDE_ICONS: Record<string, IconName> = {
  'phone-check': 'phone',
  detained: 'hand',
  court: 'court',
  shutdown: 'wifiOff',
  privacy: 'eye',
  speech: 'megaphone',
  disability: 'users',
};
