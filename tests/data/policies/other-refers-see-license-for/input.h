// See LICENSE for license details.

#ifndef UART_REGS_H
#define UART_REGS_H
#define UART_TXDATA 0x00
#endif
