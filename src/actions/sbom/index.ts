import { runAction } from '../shared/run-action.js';
import { runSbomAction } from './action.js';

await runAction(runSbomAction);
