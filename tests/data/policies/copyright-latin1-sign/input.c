/*
 * Copyright © 1999, 2003 by Ann Example <ann@example.org>.
 * All rights reserved.
 *
 * SPDX-License-Identifier: Apache-2.0
 */

int answer(void);
