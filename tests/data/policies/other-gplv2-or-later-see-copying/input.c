/* This driver is GPLv2 or later; see COPYING. */
int x;
