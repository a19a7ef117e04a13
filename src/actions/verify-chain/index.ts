import { runAction } from '../shared/run-action.js';
import { runVerifyChain } from './action.js';

await runAction(runVerifyChain);
