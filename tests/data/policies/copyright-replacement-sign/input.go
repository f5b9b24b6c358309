// Copyright � 2001 by Example Labs
// SPDX-License-Identifier: Apache-2.0

package x
