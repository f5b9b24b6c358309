# Copyright 2001 Example
# Licensed under the Example Community License, see LICENSE.example.
x = 1
