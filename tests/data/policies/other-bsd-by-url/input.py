# Copyright 2020 Example
# Licensed under https://opensource.org/licenses/BSD-3-Clause
x = 1
