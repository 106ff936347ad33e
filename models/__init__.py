from . import mtap_profile
from . import mtap_profile_link
from . import res_config_settings
