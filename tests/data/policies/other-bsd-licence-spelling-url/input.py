# Copyright 2020 Example
# Licensed under the BSD licence, see
# http://www.opensource.org/licenses/BSD-3-Clause
x = 1
