"""Runs Debian's wapiti 3.0.4 with its URL exclusion mended for Python 3.11.

wapiti 3.0.4 builds each --exclude pattern as `pattern + r'\Z(?ms)'`, which Python 3.11
refuses ("global flags not at the start of the expression"), so no URL can be excluded.
The drill must exclude sign-out to stay signed in; this puts the flags first.
"""
import re
import sys

import wapitiCore.net.crawler as crawler


def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if char == "*" else re.escape(char) for char in pattern) + r"\Z")


crawler.wildcard_translate = wildcard_translate

from wapitiCore.main.wapiti import wapiti_main  # noqa: E402

sys.exit(wapiti_main())
