/*------------------------------------------------------------/
/  Low level block device glue for the example module  (C)Foo, 2015 /
/------------------------------------------------------------*/
#ifndef BLOCKDEV_H
#define BLOCKDEV_H
#endif
