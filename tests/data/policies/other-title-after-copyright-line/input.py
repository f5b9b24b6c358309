# Copyright (c) 2021 Jane Doe
#
# The Inner Net License, Version 2.00
#
# The author(s) grant permission for redistribution and use in source and
# binary forms, with or without modification, of the software and documentation
# provided that the following conditions are met:
#
# 0. If you receive a version of the software that is specifically labelled
#    as not being for redistribution (check the version message and/or README),
#    you are not permitted to redistribute that version of the software in any
#    way or form.
# 1. All terms of the all other applicable copyrights and licenses must be
#    followed.
# 2. Redistributions of source code must retain the authors' copyright
#    notice(s), this list of conditions, and the following disclaimer.
# 3. Redistributions in binary form must reproduce the authors' copyright
#    notice(s), this list of conditions, and the following disclaimer in the
#    documentation and/or other materials provided with the distribution.
# 4. [The copyright holder has authorized the removal of this clause.]
# 5. Neither the name(s) of the author(s) nor the names of its contributors
#    may be used to endorse or promote products derived from this software
#    without specific prior written permission.
#
# THIS SOFTWARE IS PROVIDED BY ITS AUTHORS AND CONTRIBUTORS ``AS IS'' AND ANY
# EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
# WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
# DISCLAIMED. IN NO EVENT SHALL THE AUTHORS OR CONTRIBUTORS BE LIABLE FOR ANY
# DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES
# (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES;
# LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON
# ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
# (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS
# SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
#
# If these license terms cause you a real problem, contact the author.
x = 1
