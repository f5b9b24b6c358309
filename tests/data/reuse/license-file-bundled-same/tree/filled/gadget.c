// See LICENSE for license details.

int gadget(void);
