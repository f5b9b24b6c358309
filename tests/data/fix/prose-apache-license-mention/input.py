"""Checks that each source file starts with the Apache License header."""
import sys
