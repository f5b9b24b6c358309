/*
 * Copyright (c) 2022 Example Corp.
 *
 * This software is licensed under terms that can be found in the LICENSE
 * file in the root directory of this software component.
 */

int widget(void);
