# Release: 1.4

"""The Frobnicator - turns widgets into gadgets.

* https://example.org/frobnicator
* Written by A. Person
* License: Public Domain (Unlicense)
* Works with: Python 3.8 and later

Copy this file into your project and call frobnicate().
"""

import os
