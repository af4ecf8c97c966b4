// Kept for the modules that import UsageError from here; it lives with the other errors.
export { UsageError } from './cli-errors.ts';
