# Copyright 2020 Example
# Licence: GPLv2 or later
x = 1
