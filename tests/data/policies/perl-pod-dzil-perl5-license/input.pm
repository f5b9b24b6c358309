package Example::Dist::Helper;
use strict;
use warnings;

# ABSTRACT: helpers for the example distribution

sub helper { return 42 }

1;

=pod

=head1 NAME

Example::Dist::Helper - helpers for the example distribution

=head1 AUTHOR

Jane Example <jane@example.org>

=head1 COPYRIGHT AND LICENSE

This software is copyright (c) 2014 by Jane Example.

This is free software; you can redistribute it and/or modify it under
the same terms as the Perl 5 programming language system itself.

=cut
