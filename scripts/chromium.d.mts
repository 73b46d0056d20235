/** Path of a Chromium binary, or undefined. */
export function findChromium(): string | undefined;
/** Chromium flags proven to work on these machines (without --headless). */
export const CHROMIUM_ARGS: string[];
