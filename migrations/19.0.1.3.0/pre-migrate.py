def migrate(cr, version):
    """The settings' defaults now live in the code only (``mtap.settings``): the
    system parameters the module used to create are detached from it, so that the
    update keeps the values an administrator set instead of deleting them."""
    cr.execute(
        """
        DELETE FROM ir_model_data
         WHERE module = 'mtap_hub'
           AND model = 'ir.config_parameter'
           AND name LIKE 'config\\_%'
        """
    )
