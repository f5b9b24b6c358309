"""Helpers that read the license field of a package's metadata.

The field is free text; see the packaging guide.
"""

import email
