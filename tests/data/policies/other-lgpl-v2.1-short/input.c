/*
 * Copyright (C) 2010 Example
 *
 * Licensed under LGPL v2.1.
 */
int x;
