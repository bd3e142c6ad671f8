import { leakReportService } from '../../shared/composition/services.js';
import { httpHandler, using } from '../../shared/http/http-handler.js';
import { accepted } from '../../shared/http/responses.js';
import type { LeakReport } from '../../shared/services/leak-reports.js';

export const operation = using({ leakReports: leakReportService }, async ({ body, meta }, { leakReports }) =>
  accepted(await leakReports.report(body as LeakReport, meta)),
);

export const handler = httpHandler(operation);
