from . import test_validation
from . import test_profile
from . import test_access
from . import test_public_profile
from . import test_exchange
from . import test_exchange_input
from . import test_exchange_concurrency
from . import test_tour
