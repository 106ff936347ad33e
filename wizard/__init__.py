from . import mtap_lead_convert
from . import crm_lead_lost
