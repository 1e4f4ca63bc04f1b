/** Each language's interface strings, both parts merged, as the app sees them once screens have loaded. */
import enUi from '../../locales/en/ui.json';
import enScreens from '../../locales/en/screens.json';
import ruUi from '../../locales/ru/ui.json';
import ruScreens from '../../locales/ru/screens.json';
import kkUi from '../../locales/kk/ui.json';
import kkScreens from '../../locales/kk/screens.json';

export const en = { ...enUi, ...enScreens };
export const ru = { ...ruUi, ...ruScreens };
export const kk = { ...kkUi, ...kkScreens };
