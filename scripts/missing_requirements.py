"""Print the requirements (one per line) of the given files that are not satisfied."""

import sys
from importlib import metadata

try:
    from packaging.requirements import Requirement
except ImportError:  # pip always vendors it
    from pip._vendor.packaging.requirements import Requirement


def missing(paths):
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                line = line.split("#", 1)[0].strip()
                if not line:
                    continue
                req = Requirement(line)
                if req.marker and not req.marker.evaluate():
                    continue
                try:
                    version = metadata.version(req.name)
                except metadata.PackageNotFoundError:
                    yield line
                    continue
                if req.specifier and not req.specifier.contains(
                    version, prereleases=True
                ):
                    yield line


if __name__ == "__main__":
    for requirement in missing(sys.argv[1:]):
        sys.stdout.write(requirement + "\n")
