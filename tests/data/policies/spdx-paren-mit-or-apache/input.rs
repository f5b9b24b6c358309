// SPDX-License-Identifier: (MIT OR Apache-2.0)

pub fn answer() -> u32 {
    42
}
