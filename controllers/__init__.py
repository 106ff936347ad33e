from . import main
from . import export
from . import privacy

from ..tools import log_redact

log_redact.install()
