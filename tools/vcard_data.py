"""What the vCard parser needs to know about properties and types: data, no code.

A card property either has a Contact field (``vcard.parse_card`` reads those) or is
kept in the Contact's note under a label. ``PROPERTY_KINDS`` gives the kind of
label of the properties address books write; the ORM side translates the kind
(see ``mtap.contact.card._mtap_note_labels``). A property that is in none of these
lists is kept too, under a label made from its name.
"""

# About the file or the address book, not about the person: never shown.
TECHNICAL_PROPERTIES = frozenset(
    {
        "BEGIN",
        "END",
        "VERSION",
        "PRODID",
        "REV",
        "UID",
        "CLIENTPIDMAP",
        "SORT-STRING",
        "NAME",
        "PROFILE",
        "SOURCE",
        "KIND",
        "XML",
        "MAILER",
        "CLASS",
        "X-ABUID",
        "X-ABLABEL",
        "X-ABADR",
        "X-ABSHOWAS",
        "X-ABPERSONFLAGS",
        "X-MS-OL-DESIGN",
        "X-MS-OL-DEFAULT-POSTAL-ADDRESS",
        "X-MS-CARDPICTURE",
        "X-EVOLUTION-FILE-AS",
        "X-EVOLUTION-LIST",
        "X-EVOLUTION-LIST-SHOW-ADDRESSES",
        "X-EVOLUTION-WEBDAV-ETAG",
        "X-ID",
        "X-ETAG",
        "X-FC-TAGS",
        "X-FC-LIST-ID",
        "X-IRMC-LUID",
        "X-MOZILLA-HTML",
        "X-MOZILLA-PROPERTY",
        "X-RADICALE-NAME",
    }
)
TECHNICAL_PREFIXES = ("X-COUCHDB-", "X-ANDROID-CUSTOM-DELETED")

# property -> kind of label in the note
PROPERTY_KINDS = {
    "NICKNAME": "nickname",
    "ROLE": "role",
    "ANNIVERSARY": "anniversary",
    "X-ANNIVERSARY": "anniversary",
    "X-MS-ANNIVERSARY": "anniversary",
    "X-EVOLUTION-ANNIVERSARY": "anniversary",
    "X-KADDRESSBOOK-X-ANNIVERSARY": "anniversary",
    "X-ABDATE": "date",
    "BDAY": "birthday",
    "IMPP": "im",
    "X-AIM": "im",
    "X-ICQ": "im",
    "X-JABBER": "im",
    "X-MSN": "im",
    "X-YAHOO": "im",
    "X-SKYPE": "im",
    "X-SKYPE-USERNAME": "im",
    "X-GOOGLE-TALK": "im",
    "X-GTALK": "im",
    "X-QQ": "im",
    "X-GADUGADU": "im",
    "X-GROUPWISE": "im",
    "X-MS-IMADDRESS": "im",
    "X-SPOUSE": "spouse",
    "X-MS-SPOUSE": "spouse",
    "X-EVOLUTION-SPOUSE": "spouse",
    "X-KADDRESSBOOK-X-SPOUSENAME": "spouse",
    "X-MANAGER": "manager",
    "X-MS-MANAGER": "manager",
    "X-EVOLUTION-MANAGER": "manager",
    "X-KADDRESSBOOK-X-MANAGERSNAME": "manager",
    "X-ASSISTANT": "assistant",
    "X-MS-ASSISTANT": "assistant",
    "X-EVOLUTION-ASSISTANT": "assistant",
    "X-KADDRESSBOOK-X-ASSISTANTSNAME": "assistant",
    "X-ABRELATEDNAMES": "related",
    "RELATED": "related",
    "GENDER": "gender",
    "X-GENDER": "gender",
    "X-WAB-GENDER": "gender",
    "TZ": "timezone",
    "GEO": "location",
    "LANG": "language",
    "FBURL": "freebusy",
    "CALURI": "calendar",
    "CALADRURI": "calendar",
    "LABEL": "address_label",
    "PHOTO": "photo",
    "LOGO": "logo",
    "SOUND": "sound",
    "KEY": "key",
    "ORG": "company",
    "TITLE": "title",
    "X-PHONETIC-FIRST-NAME": "phonetic_first",
    "X-PHONETIC-MIDDLE-NAME": "phonetic_middle",
    "X-PHONETIC-LAST-NAME": "phonetic_last",
    "X-MAIDENNAME": "maiden_name",
    "X-SOCIALPROFILE": "social",
    "X-TWITTER": "social",
    "X-EVOLUTION-BLOG-URL": "blog",
    "EXPERTISE": "expertise",
    "HOBBY": "hobby",
    "INTEREST": "interest",
    "MEMBER": "member",
    "AGENT": "agent",
    "X-MS-TEL": "phone",
}
# the messaging service of an IM property without an X-SERVICE-TYPE parameter
IM_SERVICES = {
    "X-AIM": "AIM",
    "X-ICQ": "ICQ",
    "X-JABBER": "Jabber",
    "X-MSN": "MSN",
    "X-YAHOO": "Yahoo",
    "X-SKYPE": "Skype",
    "X-SKYPE-USERNAME": "Skype",
    "X-GOOGLE-TALK": "Google Talk",
    "X-GTALK": "Google Talk",
    "X-QQ": "QQ",
    "X-GADUGADU": "Gadu-Gadu",
    "X-GROUPWISE": "GroupWise",
}
# vendor prefixes dropped from an unknown property's name to make its label
VENDOR_PREFIXES = (
    "X-MS-",
    "X-EVOLUTION-",
    "X-KADDRESSBOOK-",
    "X-ANDROID-",
    "X-MOZILLA-",
    "X-GOOGLE-",
    "X-",
)

# vCard 2.1 writes encodings as bare parameters (PHOTO;JPEG;BASE64:)
BARE_ENCODINGS = frozenset({"BASE64", "B", "QUOTED-PRINTABLE", "QP", "8BIT", "7BIT"})
# a number of these types is never the main phone
NOT_VOICE_TYPES = frozenset({"fax", "pager", "modem", "bbs"})
# types that say nothing to a reader of the note
SILENT_TYPES = frozenset(
    {"internet", "voice", "pref", "x400", "intl", "dom", "postal", "parcel", "msg"}
)
# ranking of the remaining phones, best first
PHONE_ORDER = ("pref", "cell", "mobile", "iphone", "work", "main", "voice", "home")

# A line of a card that is no property and continues none: kept in the note under
# this name (no real property is called so).
UNREADABLE = "X-MTAP-UNREADABLE"
PROPERTY_KINDS[UNREADABLE] = "unreadable"
# values that real address books continue on bare lines (no "NAME:" in front)
MULTILINE_PROPERTIES = frozenset({"ADR", "LABEL", "NOTE"})
# vCard CHARSET names Python does not know, and the legacy charsets read as the
# superset the phones that declare them really write
CHARSET_ALIASES = {
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "shift_jis": "cp932",
    "x-euc-jp": "euc_jp",
    "iso2022_jp": "iso2022_jp_2",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "cp950",
    "x-x-big5": "cp950",
    "euc_kr": "cp949",
    "ks-c-5601-1987": "cp949",
    "iso8859-1": "cp1252",
    "tis-620": "cp874",
    "x-mac-roman": "mac_roman",
    "x-cp1250": "cp1250",
    "x-cp1251": "cp1251",
    "win-1251": "cp1251",
    "unicode-1-1-utf-8": "utf-8",
}
# The encodings a file that is not UTF-8 may be in, the commonest first (Western
# and Central European, Cyrillic, Greek, Turkish, Baltic, Japanese, Chinese,
# Korean, Hebrew, Arabic, Thai, old Macintosh).
LEGACY_ENCODINGS = (
    "cp1252",
    "cp1250",
    "cp1251",
    "koi8_r",
    "cp1253",
    "cp1254",
    "cp1257",
    "cp932",
    "euc_jp",
    "gb18030",
    "cp950",
    "cp949",
    "cp1255",
    "cp1256",
    "cp874",
    "mac_roman",
)
