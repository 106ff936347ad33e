from . import mtap_lead_convert
from . import mtap_contact_add
from . import mtap_contact_add_scan
from . import mtap_contact_export
from . import mtap_card_bulk
from . import mtap_card_reassign
from . import mtap_card_signature
from . import privacy_lookup_wizard
