"""What the vCard parser needs to know about parameters and types: data, no code."""

# vCard 2.1 writes encodings as bare parameters (PHOTO;JPEG;BASE64:)
BARE_ENCODINGS = frozenset({"BASE64", "B", "QUOTED-PRINTABLE", "QP", "8BIT", "7BIT"})
# a number of these types is never the main phone
NOT_VOICE_TYPES = frozenset({"fax", "pager", "modem", "bbs"})
# ranking of the remaining phones, best first
PHONE_ORDER = ("pref", "cell", "mobile", "iphone", "work", "main", "voice", "home")
