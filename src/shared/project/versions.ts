/** How many previous versions Glossa keeps beside a project file (main rotates them: src/main/store/backups.ts). */
export const previousVersionsKept = 5
