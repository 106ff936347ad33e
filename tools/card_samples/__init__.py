# Cards with their truth, for the scan tests and bench/card_scan.py; not loaded by
# the add-on.
