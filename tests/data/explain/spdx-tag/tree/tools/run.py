#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2024 Example Tools
# SPDX-License-Identifier: GPL-2.0+ OR MIT
print("hi")
