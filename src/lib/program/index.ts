/** Programs (rule K4): weeks of sessions that climb K2's ladder, paced by the log, each change with its reason. */
export * from './types';
export { buildProgram, buildProgramWith, effortOf, type LoggedSession } from './program';
export { encodeProgram, decodeProgram, repairNotice, isIsoDay } from './url';
export { sessionDates, shortDate, isoDay, dayOf } from './dates';
