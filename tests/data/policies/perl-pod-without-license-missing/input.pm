=head1 NAME

Acme::Gadget - gadgets

=head1 SYNOPSIS

  use Acme::Gadget;

=cut

package Acme::Gadget;

use strict;

1;
