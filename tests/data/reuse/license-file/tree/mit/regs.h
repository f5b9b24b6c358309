// See LICENSE for license details.

#ifndef REGS_H
#define REGS_H
#endif
