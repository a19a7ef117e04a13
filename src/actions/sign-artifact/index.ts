import { runAction } from '../shared/run-action.js';
import { runSignArtifact } from './action.js';

await runAction(runSignArtifact);
