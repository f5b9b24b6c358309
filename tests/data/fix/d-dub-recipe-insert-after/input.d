#!/usr/bin/env dub
/+ dub.sdl:
    name "greeter"
    dependency "colorize" version="~>1.0"
+/

import std.stdio;

void main()
{
    writeln("hello");
}
