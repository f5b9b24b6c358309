# SPDX-FileCopyrightText: 2025 Jane Doe
# SPDX-License-Identifier: LicenseRef-Acme
x = 1
