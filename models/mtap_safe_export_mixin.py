from odoo import models

from ..tools.source_marker import neutralise_cell


class MtapSafeExportMixin(models.AbstractModel):
    """Exports (CSV and XLSX) of the model with no cell a spreadsheet would run
    as a formula: names of cards and events are typed by people (ABUSE case 29)."""

    _name = "mtap.safe.export.mixin"
    _description = "mTap: exports without formulas"

    def export_data(self, fields_to_export):
        result = super().export_data(fields_to_export)
        result["datas"] = [
            [neutralise_cell(value) for value in row] for row in result["datas"]
        ]
        return result
