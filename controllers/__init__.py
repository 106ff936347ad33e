from . import main
from . import contacts
