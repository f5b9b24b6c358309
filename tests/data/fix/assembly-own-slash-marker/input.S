#include <asm/macro.h>

// start-up code of the board
.globl _start
_start:
	b reset
