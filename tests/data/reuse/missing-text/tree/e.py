# SPDX-FileCopyrightText: 2025 Jane Doe
# SPDX-License-Identifier: GPL-2.0+
x = 1
