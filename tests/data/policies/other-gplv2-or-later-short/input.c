/*
 * Copyright (C) 2014 Example
 *
 * Licensed under GPLv2 or later.
 */
int x;
