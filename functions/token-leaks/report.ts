import { leakReportService } from '../../shared/composition/services.js';
import { httpHandler, using } from '../../shared/http/http-handler.js';
import { accepted } from '../../shared/http/responses.js';
import { compromiseRoutes } from '../../shared/http/routes/compromise.js';
import { leakReportBody } from '../../shared/http/schemas/compromise.js';

export const operation = using(
  { body: leakReportBody },
  { leakReports: leakReportService },
  async ({ body, meta }, { leakReports }) => accepted(await leakReports.report(body, meta)),
);

export const handler = httpHandler(operation, { routes: compromiseRoutes });
