# SPDX-FileCopyrightText: 2025 Jane Doe
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
x = 1
