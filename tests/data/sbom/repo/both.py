# SPDX-License-Identifier: LicenseRef-Foo OR Apache-2.0
print("both")
