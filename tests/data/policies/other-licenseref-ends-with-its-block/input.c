/*
 * Copyright (C) Example Chips Ltd, 2019
 * All rights reserved.
 *
 * Permission to use, copy and modify this software is hereby granted,
 * without fee, provided that it runs only on Example Chips devices.  This
 * notice must appear in all copies.  The software is provided "as is",
 * without warranty of any kind.
 */

/*
 * Register map of the flash controller
 */

#define FLASH_CTRL 0x40000000
