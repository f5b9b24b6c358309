/*
 * Permission is hereby granted to use this file as you see fit.
 */
int x;
