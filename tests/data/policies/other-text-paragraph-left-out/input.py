# jpython_compat.py - helpers kept from the JPython 1.1 tree
#
# Copyright (c) 1996-1999 Corporation for National Research Initiatives
#
# 1. This LICENSE AGREEMENT is between the Corporation for National
# Research Initiatives, having an office at 1895 Preston White Drive,
# Reston, VA 20191 ("CNRI"), and the Individual or Organization
# ("Licensee") accessing and using JPython version 1.1.x in source or
# binary form and its associated documentation as provided herein
# ("Software").
#
# 2.  Subject to the terms and conditions of this License Agreement,
# CNRI hereby grants Licensee a non-exclusive, non-transferable,
# royalty-free, world-wide license to reproduce, analyze, test, perform
# and/or display publicly, prepare derivative works, distribute, and
# otherwise use the Software alone or in any derivative version,
# provided, however, that CNRI's License Agreement and CNRI's notice of
# copyright, i.e., “Copyright (c) 1996-1999 Corporation for National
# Research Initiatives; All Rights Reserved” are both retained in the
# Software, alone or in any derivative version prepared by Licensee.
#
# Alternatively, in lieu of CNRI's License Agreement, Licensee may
# substitute the following text (omitting the quotes), provided,
# however, that such text is displayed prominently in the Software alone
# or in any derivative version prepared by Licensee: “JPython (Version
# 1.1.x) is made available subject to the terms and conditions in CNRI's
# License Agreement. This Agreement may be located on the Internet using
# the following unique, persistent identifier (known as a handle):
# 1895.22/1006. The License may also be obtained from a proxy server on
# the Web using the following URL: http://hdl.handle.net/1895.22/1006.”
#
# 3.  In the event Licensee prepares a derivative work that is based on
# or incorporates the Software or any part thereof, and wants to make
# the derivative work available to the public as provided herein, then
# Licensee hereby agrees to indicate in any such work, in a prominently
# visible way, the nature of the modifications made to CNRI's Software.
#
# 4. Licensee may not use CNRI trademarks or trade name, including
# JPython or CNRI, in a trademark sense to endorse or promote products
# or services of Licensee, or any third party. Licensee may use the mark
# JPython in connection with Licensee's derivative versions that are
# based on or incorporate the Software, but only in the form “JPython-
# based ___________________,” or equivalent.
#
# 5. CNRI is making the Software available to Licensee on an “AS IS”
# basis. CNRI MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
# IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, CNRI MAKES NO AND
# DISCLAIMS ANY REPRESENTATION OR WARRANTY OF MERCHANTABILITY OR FITNESS
# FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE SOFTWARE WILL NOT
# INFRINGE ANY THIRD PARTY RIGHTS.
#
# 6. CNRI SHALL NOT BE LIABLE TO LICENSEE OR OTHER USERS OF THE SOFTWARE
# FOR ANY INCIDENTAL, SPECIAL OR CONSEQUENTIAL DAMAGES OR LOSS AS A
# RESULT OF USING, MODIFYING OR DISTRIBUTING THE SOFTWARE, OR ANY
# DERIVATIVE THEREOF, EVEN IF ADVISED OF THE POSSIBILITY THEREOF. SOME
# STATES DO NOT ALLOW THE LIMITATION OR EXCLUSION OF LIABILITY SO THE
# ABOVE DISCLAIMER MAY NOT APPLY TO LICENSEE.
#
# 8. This License Agreement shall be governed by and interpreted in all
# respects by the law of the State of Virginia, excluding conflict of
# law provisions. Nothing in this Agreement shall be deemed to create
# any relationship of agency, partnership, or joint venture between CNRI
# and Licensee.
#
# 9. By clicking on the "ACCEPT" button where indicated, or by
# installing, copying or otherwise using the Software, Licensee agrees
# to be bound by the terms and conditions of this License Agreement.
#

def handle():
    return "1895.22/1006"
