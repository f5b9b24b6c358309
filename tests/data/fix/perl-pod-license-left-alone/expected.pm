package Example::Queue;

use strict;
use warnings;

sub new { return bless [], shift }

sub push_item { my ($self, $x) = @_; push @$self, $x; return $self }

1;

__END__

=head1 NAME

Example::Queue - a plain queue

=head1 LICENSE

This library is free software; you can redistribute it and/or modify
it under the same terms as Perl itself.

=cut
