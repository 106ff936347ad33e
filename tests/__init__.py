from . import test_profile
