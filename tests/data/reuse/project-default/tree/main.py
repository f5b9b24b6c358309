# SPDX-FileCopyrightText: 2024 Jane Doe
# SPDX-License-Identifier: GPL-3.0-or-later
x = 1
