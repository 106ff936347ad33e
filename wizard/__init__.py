from . import mtap_lead_convert
from . import crm_lead_lost
from . import mtap_contact_add
