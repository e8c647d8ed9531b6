// GOV.UK Frontend's components (skip link, service navigation, error summary, buttons). Module
// scripts run only in browsers GOV.UK Frontend supports, which is what these classes announce.
import { initAll } from '../../webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
