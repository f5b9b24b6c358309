# Copyright 2020 Jane Doe
# GPLv2 or later; see COPYING
x = 1
