"""CRM vendors' protocols, one pure module per vendor: each builds the requests
of its API and reads its answers, nothing else. The sync models
(``models/mtap_sync_*.py``) decide what to send and when. A new vendor is one
module here, registered in ``ADAPTERS``, plus its fake server in the tests."""

from . import base
from . import transport
from . import hubspot
from . import webhook
from . import salesforce
from . import zoho
from . import redtail

ADAPTERS = {
    hubspot.HubSpotAdapter.vendor: hubspot.HubSpotAdapter,
    salesforce.SalesforceAdapter.vendor: salesforce.SalesforceAdapter,
    zoho.ZohoAdapter.vendor: zoho.ZohoAdapter,
    redtail.RedtailAdapter.vendor: redtail.RedtailAdapter,
    webhook.WebhookAdapter.vendor: webhook.WebhookAdapter,
}
