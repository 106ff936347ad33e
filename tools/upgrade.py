"""What the add-on's upgrade steps (``migrations/``) share."""

from odoo import SUPERUSER_ID


def reset_unchanged_templates(env, xmlids, news, logger):
    """Put the module's version of each mail template of ``xmlids`` in place of
    the one an earlier install kept (a template's record is not updated on
    upgrade), unless a person changed it: theirs is kept, and ``logger`` warns
    with ``news`` (what the module's version now does, how to get it)."""
    for xmlid in xmlids:
        template = env.ref(xmlid, raise_if_not_found=False)
        if not template:
            continue
        # the module writes its records as the superuser; anyone else is a person
        if template.write_uid.id not in (False, SUPERUSER_ID):
            logger.warning(
                "mTap Hub: the e-mail template %r was changed by %s and is kept as "
                "it is. %s",
                template.name,
                template.write_uid.login,
                news,
            )
            continue
        template.reset_template()
