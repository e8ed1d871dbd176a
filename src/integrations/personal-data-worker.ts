/** Worker thread of the personal-data gate: scans the units it is given and posts the findings. */
import { parentPort, workerData } from 'node:worker_threads';
import { runScanJob, type ScanJob } from './personal-data-scan.ts';

parentPort!.postMessage(runScanJob(workerData as ScanJob));
