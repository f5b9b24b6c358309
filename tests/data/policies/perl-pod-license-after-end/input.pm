package Example::Widget;

use strict;
use warnings;

our $VERSION = '0.04';

sub new {
    my ($class, %args) = @_;
    return bless {%args}, $class;
}

sub name { $_[0]{name} }

1;
__END__

=head1 NAME

Example::Widget - a small widget

=head1 SYNOPSIS

  my $w = Example::Widget->new(name => 'x');

=head1 AUTHOR

A. N. Author

=head1 COPYRIGHT AND LICENSE

Copyright (C) 2011 by A. N. Author

This library is free software; you can redistribute it and/or modify
it under the same terms as Perl itself.

=cut
