/*
 * Copyright (c) 2011 Twitter, Inc.
 */
int x;
