# Copyright 2004 José Müller
# SPDX-License-Identifier: Apache-2.0

x = 1
