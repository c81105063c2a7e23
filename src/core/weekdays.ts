/**
 * Days of the week as date lines print them, in the languages the month names are read in: the
 * live page's date-line test (classify.ts) and the byline's "a date starts here" (byline.ts) share
 * them. A module of its own, so the content script takes no more of the date reader than this list.
 */
export const WEEKDAY_NAMES: readonly string[] = [
  "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
];
