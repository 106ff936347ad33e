"""What the vCard parser needs to know about properties and types: data, no code.

A card property either has a Contact field (``vcard.parse_card`` reads those) or is
kept for the Contact's note, unless it is about the file rather than the person.
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

# vCard 2.1 writes encodings as bare parameters (PHOTO;JPEG;BASE64:)
BARE_ENCODINGS = frozenset({"BASE64", "B", "QUOTED-PRINTABLE", "QP", "8BIT", "7BIT"})
# a number of these types is never the main phone
NOT_VOICE_TYPES = frozenset({"fax", "pager", "modem", "bbs"})
# ranking of the remaining phones, best first
PHONE_ORDER = ("pref", "cell", "mobile", "iphone", "work", "main", "voice", "home")
