// Runs the server alone (used by `npm run dev` under tsx watch).
import { main } from './cli';

process.exitCode = await main(['serve']);
