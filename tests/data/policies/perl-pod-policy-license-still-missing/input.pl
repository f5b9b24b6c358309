#!/usr/bin/perl
use strict;
use warnings;

print "report\n";

__END__

=head1 NAME

report.pl - print the report

=head1 LICENSE

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

=cut
