// Tinypool starts its workers on plain JavaScript: register tsx's loader in this thread, then load
// the typed tasks. (A worker does not inherit the main thread's `tsx` loader.)
import { register } from 'tsx/esm/api';

register();
const tasks = await import('./pipeline-tasks.ts');

export const readArticlesBatch = (batch) => tasks.readArticlesBatch(batch);
export const readStatementsBatch = (inputs) => tasks.readStatementsBatch(inputs);
