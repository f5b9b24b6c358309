# -*- coding: utf-8 -*-
"""
    example.cache
    ~~~~~~~~~~~~~

    A small cache for the example package.

    :copyright: (c) 2019 by Jane Doe.
    :license: MIT, see LICENSE for more details.
"""
from __future__ import annotations

import functools
