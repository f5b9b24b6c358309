# SPDX-FileCopyrightText: 2025 Jane Doe
# SPDX-License-Identifier: MIT AND LicenseRef-Other
x = 1
