/*
 * A small printf.
 *
 * Copyright (c) 2022 Acme Devices.
 * All rights reserved.
 *
 * This software is licensed under terms that can be found in the LICENSE
 * file in the root directory of this software component.
 * If no LICENSE file comes with this software, it is provided AS-IS.
 */

int acme_clock_init(void);
