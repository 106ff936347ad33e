"""Writing vCards as RFC 6350 asks: vobject leaves a PHOTO (base64) as one line of
many kilobytes, which some phone books cut or refuse."""

MAX_OCTETS = 75


def fold_lines(text):
    """``text`` (a serialised vCard) with every line longer than 75 octets folded
    (RFC 6350 §3.2): CRLF and a space, never inside a multi-byte UTF-8 letter."""
    out = []
    for line in text.split("\r\n"):
        if len(line.encode()) <= MAX_OCTETS:
            out.append(line)
            continue
        parts, current, size, limit = [], [], 0, MAX_OCTETS
        for char in line:
            width = len(char.encode())
            if size + width > limit:
                parts.append("".join(current))
                # a continuation line starts with the folding space
                current, size, limit = [], 0, MAX_OCTETS - 1
            current.append(char)
            size += width
        parts.append("".join(current))
        out.append("\r\n ".join(parts))
    return "\r\n".join(out)
