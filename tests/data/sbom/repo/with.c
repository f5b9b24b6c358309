// SPDX-License-Identifier: GPL-2.0-or-later WITH Classpath-exception-2.0
int with;
