def migrate(cr, version):
    """The card scan's largest photo went from 40 to 50 megapixels (a phone's 48-
    or 50-megapixel photo): an install that kept the former default gets the new
    one; a limit an administrator chose is left alone."""
    cr.execute(
        """
        UPDATE ir_config_parameter
           SET value = '50'
         WHERE key = 'mtap_hub.card_scan_max_megapixels' AND value = '40'
        """
    )
