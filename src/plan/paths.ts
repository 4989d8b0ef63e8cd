import type { Locale } from '../i18n/locales';

/** Where the plan lives; its own module so the quiz island can link to it without the routes table. */
export const planPaths: Readonly<Record<Locale, string>> = { id: '/rencana/', en: '/en/my-plan/' };
