// SPDX-License-Identifier: Apache-2.0 AND MIT

fn main() {}
