{
    "name": "mTap Hub",
    "summary": "Digital business cards that turn the people you meet into CRM leads "
    "and contacts",
    "version": "19.0.1.0.0",
    "category": "Sales/CRM",
    "website": "https://github.com/mtap-hub/mtap_hub",
    "author": "mTap Hub",
    "license": "LGPL-3",
    "application": True,
    "installable": True,
    "depends": ["crm", "website", "contacts", "phone_validation"],
    "external_dependencies": {"python": ["phonenumbers", "vobject"]},
    "data": [
        "security/mtap_hub_security.xml",
        "security/ir.model.access.csv",
        "data/mtap_hub_data.xml",
        "data/mail_template_data.xml",
        "views/mtap_profile_views.xml",
        "views/mtap_profile_templates.xml",
        "views/crm_lead_views.xml",
        "views/res_config_settings_views.xml",
        "views/mtap_hub_menus.xml",
    ],
    "demo": ["demo/mtap_profile_demo.xml"],
    "assets": {
        "web.assets_tests": ["mtap_hub/static/tests/tours/*.js"],
    },
}
