/*
 * Copyright (c) 2019 Example Ltd.
 *
 * This program is made available under the terms of the
 * Eclipse Distribution License v1.0 which accompanies this distribution.
 */
int x;
