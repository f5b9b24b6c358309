# SPDX-FileCopyrightText: 2025 Jane Doe
# SPDX-License-Identifier: MIT OR GPL-3.0-only
x = 1
