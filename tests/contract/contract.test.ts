import { actionContract } from './actions';
import { activityContract } from './activity';
import { isolationContract } from './isolation';
import { sessionContract } from './sessions';
import { raceContract } from './races';
import { readContract } from './reads';
import { COOKIES_UNDER_TEST, OTHER_STORE, setUpContractTarget } from './support/target';
import { crossSiteContract, hostileInputContract, writeContract } from './writes';

/**
 * The API contract (docs/rules.md, docs/openapi.json) as any client sees it, over HTTP. It runs
 * unchanged against the demo backend in this process, or against a server at CONTRACT_BASE_URL:
 * `npm run test:contract -- --base-url http://host:port`.
 */
setUpContractTarget();
readContract();
writeContract();
hostileInputContract();
crossSiteContract();
actionContract();
raceContract();
activityContract();
// The demo in this process can't send a request without its cookies, and has one store.
if (COOKIES_UNDER_TEST) sessionContract();
if (OTHER_STORE) isolationContract();
