from . import validation
from . import exchange_form
