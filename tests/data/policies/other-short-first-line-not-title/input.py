# Copyright (c) 2021 Jane Doe
#
# Pick your favourite OSI approved license :)
#
# http://www.opensource.org/licenses/alphabetical
x = 1
