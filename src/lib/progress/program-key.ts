/** Where the started program is kept (program-record.ts), apart so pages can ask "is there one?" for a few bytes. */
export const PROGRAM_KEY = 'upright-program';
export const PROGRAM_BACKUP_KEY = 'upright-program-backup';
