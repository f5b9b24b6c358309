# SPDX-FileCopyrightText: 2024 Example Corp
# SPDX-License-Identifier: Apache-2.0
x = 1
