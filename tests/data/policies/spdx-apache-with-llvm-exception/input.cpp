//===-- example.cpp - Example ----------------------------------*- C++ -*-===//
//
// Part of the Example Project, under the Apache License v2.0 with LLVM Exceptions.
// See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include <string>

namespace example {
int answer() { return 42; }
}  // namespace example
