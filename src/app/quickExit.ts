/**
 * Quick exit: replace Aman with a neutral page and leave no Aman screen in the back history (the history
 * side is in leave.ts, which the start script uses too).
 */
import { hidePage, leave, neutralUrl } from './leave';
import { finishPendingWipe } from './wipe';

/** Leaves at once, after finishing a wipe someone started. */
export async function quickExit(singleFile = __IS_SINGLE_FILE__): Promise<void> {
  hidePage();
  // A wipe someone started must not be cancelled by leaving: finish it first (milliseconds).
  await finishPendingWipe();
  leave(neutralUrl(singleFile));
}
