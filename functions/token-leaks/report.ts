import { httpHandler, type Operation } from '../../shared/http/http-handler.js';
import { accepted } from '../../shared/http/responses.js';
import type { LeakReport } from '../../shared/services/leak-reports.js';

export const operation: Operation = async ({ body, meta }, { leakReports }) =>
  accepted(await leakReports.report(body as LeakReport, meta));

export const handler = httpHandler(operation);
