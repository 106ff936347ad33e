from . import mtap_profile
from . import mtap_profile_link
from . import mtap_profile_stat
from . import mtap_rate_limit
from . import mtap_exchange_lock
from . import crm_lead
from . import res_config_settings
