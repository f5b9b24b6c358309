#!/bin/sh
#
# Copyright (c) 2016 by Jane Doe <jane+lists@example.org>.
#
# License GPLv2: GNU GPL version 2 <https://gnu.org/licenses/gpl.html>.
#
# This is free software: you are free to change and redistribute it.
# There is NO WARRANTY, to the extent permitted by law.

echo ok
