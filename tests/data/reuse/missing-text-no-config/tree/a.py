# SPDX-FileCopyrightText: 2025 Jane Doe
# SPDX-License-Identifier: MIT
x = 1
