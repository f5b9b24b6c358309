// Copyright 2026 The hdrcheck Authors
// SPDX-License-Identifier: LicenseRef-Example

fn main() {}
