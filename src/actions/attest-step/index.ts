import { runAction } from '../shared/run-action.js';
import { runAttestStep } from './action.js';

await runAction(runAttestStep);
