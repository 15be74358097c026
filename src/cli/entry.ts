import { exitCleanlyOnSignals } from './interrupt.js';
import { main } from './main.js';

exitCleanlyOnSignals();
const code = await main(process.argv);
process.exitCode = code;
