# SPDX-FileCopyrightText: 2025 Jane Doe
# SPDX-License-Identifier: MIT WITH LLVM-exception
x = 1
