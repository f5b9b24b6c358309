"""Vendored helpers. Apache License 2.0, see NOTICE."""
import sys
