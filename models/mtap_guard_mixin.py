import logging

from odoo import api, models
from odoo.exceptions import UserError, ValidationError

from ..tools.image_guard import ImageRefused, check_image_field

_logger = logging.getLogger(__name__)


def is_mtap_manager(env, user=None):
    """True for the superuser (when no ``user`` is given) and for mTap managers:
    they may see and give every card, Lead and Contact. The one manager check."""
    if user is None:
        return env.su or env.user.has_group("mtap_hub.group_mtap_manager")
    return user.has_group("mtap_hub.group_mtap_manager")


def _linked_ids(field, value):
    """The ids a create/write value of a relational ``field`` links to (a Many2one
    id or record, or the link and set commands of a x2many)."""
    if not value:
        return set()
    if field.type == "many2one":
        return {value.id if isinstance(value, models.BaseModel) else value}
    ids = set()
    for command in value:
        if isinstance(command, int):
            ids.add(command)
        elif isinstance(command, (list, tuple)) and command:
            if command[0] == 4:
                ids.add(command[1])
            elif command[0] == 6:
                ids.update(command[2] or ())
    return ids


class MtapGuardMixin(models.AbstractModel):
    """What a client may not write on the add-on's records, checked for every
    create and write by a user (the superuser, as the public routes and crons use,
    is trusted):

    - ``_mtap_guarded_links``: relational fields that may only name records the
      writer can read: linking one's own Lead to a colleague's Contact would show
      its e-mail and address through the Lead's computes;
    - ``_mtap_guarded_images``: image fields checked from their header (size and
      pixels) before anything decodes them;
    - ``_mtap_check_ownership(vals_list)``: the model's own rules for the fields
      that decide whose a record is.
    """

    _name = "mtap.guard.mixin"
    _description = "mTap: links, owners and images a client may set"

    _mtap_guarded_links = ()
    _mtap_guarded_images = ()

    @api.model_create_multi
    def create(self, vals_list):
        self._mtap_guard(vals_list)
        return super().create(vals_list)

    def write(self, vals):
        self._mtap_guard([vals])
        return super().write(vals)

    def _mtap_guard(self, vals_list):
        for name in self._mtap_guarded_images:
            for vals in vals_list:
                if vals.get(name):
                    self._mtap_check_image(name, vals[name])
        if self.env.su:
            return
        self._mtap_check_links(vals_list)
        self._mtap_check_ownership(vals_list)

    @api.model
    def _mtap_is_manager(self):
        """True for the superuser and mTap managers: they may see and give every
        card, Lead and Contact."""
        return is_mtap_manager(self.env)

    def _mtap_check_links(self, vals_list):
        for name in self._mtap_guarded_links:
            field = self._fields[name]
            ids = set()
            for vals in vals_list:
                ids |= _linked_ids(field, vals.get(name))
            if field.type == "many2one":
                # a form that sends back the value the record already has
                ids -= set(self.sudo()[name].ids)
            # what this request already found linkable (a batch checked at once)
            known = self.env.cr.cache.setdefault("mtap_linkable", set())
            key = (self.env.uid, self._name, name)
            ids = {i for i in ids if (*key, i) not in known}
            if not ids:
                continue
            targets = self.env[field.comodel_name].browse(ids)
            linkable = self._mtap_linkable(name, targets)
            known.update((*key, i) for i in linkable.ids)
            refused = targets - linkable
            if refused:
                raise ValidationError(
                    self.env._(
                        "%(field)s: you cannot link to a record you have no access to.",
                        field=field._description_string(self.env),
                    )
                )

    def _mtap_linkable(self, name, targets):
        """The ``targets`` the current user may set in field ``name``: those they
        can read (a missing record is refused by the database itself)."""
        return targets.with_context(active_test=False)._filtered_access("read")

    def _mtap_check_ownership(self, vals_list):
        """Refuse values that give the record to another user, card or job (see
        the models); nothing by default."""

    def _mtap_log_manager_gift(self, field_name, value):
        """Managers may give records to others: what they gave is logged."""
        _logger.info(
            "mTap: user #%s set %s.%s to %s on %s",
            self.env.uid,
            self._name,
            field_name,
            value,
            self.ids or "new records",
        )

    def _mtap_image_refusal(self, key, params, label=""):
        """The one wording of an image refused from its header (a photo, a
        logo, a scanned card): ``key`` as ``ImageRefused`` or ``CardImageError``
        names it, ``label`` the field it was sent for."""
        params = {"size": 0.0, "limit": 0.0, "megapixels": 0.0, **params}
        smaller = self.env._("Use a smaller image or a lower camera resolution.")
        if key == "empty":
            message = self.env._("The file is empty. Choose or take the image again.")
        elif key == "too_large":
            message = self.env._(
                "This image is %(size).1f MB, over the %(limit).0f MB limit. "
                "%(advice)s",
                size=params["size"],
                limit=params["limit"],
                advice=smaller,
            )
        elif key == "too_many_pixels":
            message = self.env._(
                "This image has %(megapixels).0f megapixels, over the limit of "
                "%(limit).0f. %(advice)s",
                megapixels=params["megapixels"],
                limit=params["limit"],
                advice=smaller,
            )
        else:
            message = self.env._(
                "This file is not an image. Use a photo or picture: JPEG, PNG, "
                "WebP, GIF, BMP or TIFF."
            )
        if label:
            return self.env._("%(field)s: %(message)s", field=label, message=message)
        return message

    def _mtap_check_image(self, name, value):
        """Refuse an image sent for field ``name`` from its header: not an image,
        or more pixels than the limit (an image bomb); never decoded here."""
        try:
            check_image_field(value)
        except ImageRefused as error:
            label = self._fields[name]._description_string(self.env)
            message = self._mtap_image_refusal(error.key, error.params, label)
            raise UserError(message) from error
