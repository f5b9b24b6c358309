/*
 * Copyright 2026 The hdrcheck Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

#include <string.h>
#include "policies/header.h"
#include "policies/identify.h"

/* The appendix's terms, after "... under the Apache License, Version 2.0"
 * in every full form */
#define APACHE_TERMS                                                           \
	" (the \"License\"); you may not use this file except in "             \
	"compliance with the License. You may obtain a copy of the License "   \
	"at http://www.apache.org/licenses/LICENSE-2.0 Unless required by "    \
	"applicable law or agreed to in writing, software distributed under "  \
	"the License is distributed on an \"AS IS\" BASIS, WITHOUT "           \
	"WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. "    \
	"See the License for the specific language governing permissions "     \
	"and limitations under the License."

/*
 * The accepted full-text forms of the Apache-2.0 header. Only the words
 * matter: the matcher compares normalised tokens, so wrapping, decoration,
 * case, quotes and URL spelling are free.
 */
static const char *const templates[HDRCHECK__TEMPLATE__COUNT] = {
    /* APPENDIX: How to apply the Apache License to your work */
    "Licensed under the Apache License, Version 2.0" APACHE_TERMS,

    /* The ASF source header for contributions to ASF projects */
    "Licensed to the Apache Software Foundation (ASF) under one or more "
    "contributor license agreements. See the NOTICE file distributed with "
    "this work for additional information regarding copyright ownership. "
    "The ASF licenses this file to You under the Apache License, Version "
    "2.0" APACHE_TERMS,

    /* The ASF short form, which Apache RAT lists among its Apache-2.0
     * texts: a grant to the ASF and to the reader under the license by
     * name and version, without the appendix's sentences (the license
     * itself holds its terms and its disclaimer). */
    "Licensed to the Apache Software Foundation (ASF) under one or more "
    "contributor license agreements; and to You under the Apache License, "
    "Version 2.0",

    /* The same without "contributor": the header ASF Legal agreed for
     * files an ASF project took over from another project (Apache Pekko's
     * files derived from Akka, LEGAL-626), often above the original
     * copyright notice. */
    "Licensed to the Apache Software Foundation (ASF) under one or more "
    "license agreements; and to You under the Apache License, Version 2.0",

    /* A third party's grant in the appendix's words: "The Example Project
     * licenses this file to you under the Apache License, ..." (Netty's
     * header, in the many projects that took its files). The licensor may
     * be anyone but the ASF: in the ASF form the same words follow "The
     * ASF", and a damaged ASF header stays a mismatch (see not_after). */
    "licenses this file to you under the Apache License, Version "
    "2.0" APACHE_TERMS,

    /* The same grant with no licensor named: "This file is provided to you
     * under the Apache License, ..." (Basho's header, Riak's Erlang files
     * and the projects that took them). */
    "This file is provided to you under the Apache License, Version "
    "2.0" APACHE_TERMS,
};

#define PHRASES(...) ((const char *const[]){__VA_ARGS__, NULL})

static const char *const *const not_after[HDRCHECK__TEMPLATE__COUNT] = {
    [HDRCHECK__TEMPLATE_APACHE_LICENSOR] =
        PHRASES("ASF", "Apache Software Foundation"),
};

const char *const *hdrcheck__template_not_after(hdrcheck__template_id id)
{
	return (unsigned)id < HDRCHECK__TEMPLATE__COUNT ? not_after[id] : NULL;
}

const char *hdrcheck__template_text(hdrcheck__template_id id)
{
	return (unsigned)id < HDRCHECK__TEMPLATE__COUNT ? templates[id] : "";
}

#define GNU_WARRANTY(program, name)                                            \
	program " is distributed in the hope that it will be useful, but "     \
	        "WITHOUT ANY WARRANTY; without even the implied warranty of "  \
	        "MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See "    \
	        "the " name " for more details."

/*
 * Built-in licenses a policy can require: the header forms that satisfy
 * it in full (words only, as for Apache) and the phrases that make a
 * comment "clearly this license" (a damaged form is then a mismatch, not
 * missing). Apache-2.0's forms are the templates above.
 */
const hdrcheck__license_def hdrcheck__licenses[] = {
    {"Apache-2.0", NULL,
     PHRASES("apache license", "apache software foundation",
             "apache org licenses license 2 0")},
    {"MIT",
     PHRASES("Permission is hereby granted, free of charge, to any person "
             "obtaining a copy of this software and associated "
             "documentation files (the \"Software\"), to deal in the "
             "Software without restriction, including without limitation "
             "the rights to use, copy, modify, merge, publish, distribute, "
             "sublicense, and/or sell copies of the Software, and to permit "
             "persons to whom the Software is furnished to do so, subject "
             "to the following conditions: The above copyright notice and "
             "this permission notice shall be included in all copies or "
             "substantial portions of the Software. THE SOFTWARE IS "
             "PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR "
             "IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF "
             "MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND "
             "NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT "
             "HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, "
             "WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING "
             "FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR "
             "OTHER DEALINGS IN THE SOFTWARE."),
     PHRASES("permission is hereby granted free of charge", "mit license")},
    {"BSD-3-Clause",
     PHRASES("Redistribution and use in source and binary forms, with or "
             "without modification, are permitted provided that the "
             "following conditions are met: 1. Redistributions of source "
             "code must retain the above copyright notice, this list of "
             "conditions and the following disclaimer. 2. Redistributions "
             "in binary form must reproduce the above copyright notice, "
             "this list of conditions and the following disclaimer in the "
             "documentation and/or other materials provided with the "
             "distribution. 3. Neither the name of the copyright holder "
             "nor the names of its contributors may be used to endorse or "
             "promote products derived from this software without specific "
             "prior written permission."),
     PHRASES("redistribution and use in source and binary forms")},
    {"BSD-2-Clause",
     PHRASES("Redistribution and use in source and binary forms, with or "
             "without modification, are permitted provided that the "
             "following conditions are met: 1. Redistributions of source "
             "code must retain the above copyright notice, this list of "
             "conditions and the following disclaimer. 2. Redistributions "
             "in binary form must reproduce the above copyright notice, "
             "this list of conditions and the following disclaimer in the "
             "documentation and/or other materials provided with the "
             "distribution."),
     PHRASES("redistribution and use in source and binary forms")},
    {"ISC",
     PHRASES("Permission to use, copy, modify, and/or distribute this "
             "software for any purpose with or without fee is hereby "
             "granted, provided that the above copyright notice and this "
             "permission notice appear in all copies.",
             /* the OpenBSD wording */
             "Permission to use, copy, modify, and distribute this "
             "software for any purpose with or without fee is hereby "
             "granted, provided that the above copyright notice and this "
             "permission notice appear in all copies."),
     PHRASES("permission to use copy modify and")},
    {"MPL-2.0",
     PHRASES("This Source Code Form is subject to the terms of the Mozilla "
             "Public License, v. 2.0. If a copy of the MPL was not "
             "distributed with this file, You can obtain one at "
             "http://mozilla.org/MPL/2.0/."),
     PHRASES("mozilla public license")},
    {"EPL-2.0",
     PHRASES("This program and the accompanying materials are made "
             "available under the terms of the Eclipse Public License 2.0 "
             "which is available at https://www.eclipse.org/legal/epl-2.0"),
     PHRASES("eclipse public license")},
    {"GPL-2.0-only",
     PHRASES("This program is free software; you can redistribute it "
             "and/or modify it under the terms of the GNU General Public "
             "License version 2 as published by the Free Software "
             "Foundation. " GNU_WARRANTY("This program",
                                         "GNU General Public License")),
     PHRASES("gnu general public license")},
    {"GPL-2.0-or-later",
     PHRASES("This program is free software; you can redistribute it "
             "and/or modify it under the terms of the GNU General Public "
             "License as published by the Free Software Foundation; either "
             "version 2 of the License, or (at your option) any later "
             "version. " GNU_WARRANTY("This program",
                                      "GNU General Public License")),
     PHRASES("gnu general public license")},
    {"GPL-3.0-only",
     PHRASES("This program is free software: you can redistribute it "
             "and/or modify it under the terms of the GNU General Public "
             "License version 3 as published by the Free Software "
             "Foundation. " GNU_WARRANTY("This program",
                                         "GNU General Public License")),
     PHRASES("gnu general public license")},
    {"GPL-3.0-or-later",
     PHRASES("This program is free software: you can redistribute it "
             "and/or modify it under the terms of the GNU General Public "
             "License as published by the Free Software Foundation, either "
             "version 3 of the License, or (at your option) any later "
             "version. " GNU_WARRANTY("This program",
                                      "GNU General Public License")),
     PHRASES("gnu general public license")},
    {"LGPL-2.1-or-later",
     PHRASES("This library is free software; you can redistribute it "
             "and/or modify it under the terms of the GNU Lesser General "
             "Public License as published by the Free Software Foundation; "
             "either version 2.1 of the License, or (at your option) any "
             "later version. " GNU_WARRANTY(
                 "This library", "GNU Lesser General Public License")),
     PHRASES("gnu lesser general public license")},
    {"LGPL-3.0-or-later",
     PHRASES("This program is free software: you can redistribute it "
             "and/or modify it under the terms of the GNU Lesser General "
             "Public License as published by the Free Software Foundation, "
             "either version 3 of the License, or (at your option) any "
             "later version. " GNU_WARRANTY(
                 "This program", "GNU Lesser General Public License")),
     PHRASES("gnu lesser general public license")},
    {"AGPL-3.0-or-later",
     PHRASES("This program is free software: you can redistribute it "
             "and/or modify it under the terms of the GNU Affero General "
             "Public License as published by the Free Software Foundation, "
             "either version 3 of the License, or (at your option) any "
             "later version. " GNU_WARRANTY(
                 "This program", "GNU Affero General Public License")),
     PHRASES("gnu affero general public license")},
};

const size_t hdrcheck__licenses_count =
    HDRCHECK__ARRAY_SIZE(hdrcheck__licenses);

/*
 * Full-text recognisers for other licenses, most specific first: the first
 * whose phrases all occur (and whose "absent" phrases do not) names the
 * license. Phrases are distinctive sentences of each license's standard
 * notice.
 */
const hdrcheck__recognizer hdrcheck__recognizers[] = {
    /* MPL and EPL first: their notices name a GPL as a secondary
     * license, which must not make them read as a GPL */
    {"MPL-2.0",
     PHRASES("subject to the terms of the mozilla public license v 2 0"), NULL},
    {"MPL-2.0", PHRASES("mozilla public license version 2 0"), NULL},
    {"EPL-2.0", PHRASES("eclipse public license v 2 0"), NULL},
    {"EPL-2.0", PHRASES("eclipse public license 2 0"), NULL},
    {"EPL-1.0", PHRASES("eclipse public license v1 0"), NULL},
    {"AGPL-3.0-or-later",
     PHRASES("gnu affero general public license", "any later version"), NULL},
    {"AGPL-3.0-only", PHRASES("gnu affero general public license"), NULL},
    {"LGPL-2.1-or-later",
     PHRASES("gnu lesser general public license", "version 2 1",
             "any later version"),
     NULL},
    {"LGPL-2.1-only",
     PHRASES("gnu lesser general public license", "version 2 1"), NULL},
    {"LGPL-3.0-or-later",
     PHRASES("gnu lesser general public license", "any later version"), NULL},
    {"LGPL-3.0-only", PHRASES("gnu lesser general public license"), NULL},
    {"LGPL-2.0-or-later",
     PHRASES("gnu library general public license", "any later version"), NULL},
    {"LGPL-2.0-only", PHRASES("gnu library general public license"), NULL},
    {"GPL-2.0-or-later",
     PHRASES("gnu general public license", "version 2", "any later version"),
     PHRASES("version 3")},
    {"GPL-2.0-only", PHRASES("gnu general public license", "version 2"),
     PHRASES("version 3")},
    {"GPL-3.0-or-later",
     PHRASES("gnu general public license", "any later version"), NULL},
    {"GPL-3.0-only", PHRASES("gnu general public license", "version 3"), NULL},
    {"MIT",
     PHRASES("permission is hereby granted free of charge to any person "
             "obtaining a copy"),
     NULL},
    {"ISC",
     PHRASES("permission to use copy modify and or distribute this "
             "software for any purpose with or without fee is hereby "
             "granted"),
     NULL},
    {"ISC",
     PHRASES("permission to use copy modify and distribute this software "
             "for any purpose with or without fee is hereby granted"),
     NULL},
    {"BSD-3-Clause",
     PHRASES("redistribution and use in source and binary forms",
             "neither the name of"),
     NULL},
    {"BSD-3-Clause",
     PHRASES("redistribution and use in source and binary forms",
             "the names of its contributors may not be used"),
     NULL},
    {"BSD-2-Clause",
     PHRASES("redistribution and use in source and binary forms"), NULL},
    {"CDDL-1.0", PHRASES("common development and distribution license"), NULL},
    {"Unlicense",
     PHRASES("this is free and unencumbered software released into the "
             "public domain"),
     NULL},
    {"BSL-1.0", PHRASES("boost software license version 1 0"), NULL},
    {"Zlib",
     PHRASES("this software is provided as is without any express or "
             "implied warranty in no event will the authors be held liable"),
     NULL},
};

const size_t hdrcheck__recognizers_count =
    HDRCHECK__ARRAY_SIZE(hdrcheck__recognizers);

/*
 * Full texts the identifier matches until the SPDX License List catalogue
 * supplies them (policies/identify.c), and the wordings of a text that the
 * list's template accepts but its plain text does not show (lwIP's
 * BSD-3-Clause: "The name of the author may not be used").
 */
#define BSD_PREAMBLE                                                           \
	"Redistribution and use in source and binary forms, with or without "  \
	"modification, are permitted provided that the following conditions "  \
	"are met:\n"
#define BSD_CLAUSE_1                                                           \
	"1. Redistributions of source code must retain the above copyright "   \
	"notice, this list of conditions and the following disclaimer.\n"
#define BSD_CLAUSE_2                                                           \
	"2. Redistributions in binary form must reproduce the above "          \
	"copyright "                                                           \
	"notice, this list of conditions and the following disclaimer in the " \
	"documentation and/or other materials provided with the "              \
	"distribution.\n"
#define BSD_DISCLAIMER(who)                                                    \
	"THIS SOFTWARE IS PROVIDED BY " who " \"AS IS\" AND ANY EXPRESS OR "   \
	"IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED "      \
	"WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE "  \
	"ARE DISCLAIMED. IN NO EVENT SHALL " who " BE LIABLE FOR ANY DIRECT, " \
	"INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES "  \
	"(INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR "  \
	"SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) "  \
	"HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, " \
	"STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) "       \
	"ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED " \
	"OF THE POSSIBILITY OF SUCH DAMAGE.\n"
#define MIT_GRANT                                                              \
	"Permission is hereby granted, free of charge, to any person "         \
	"obtaining a copy of this software and associated documentation "      \
	"files (the \"Software\"), to deal in the Software without "           \
	"restriction, including without limitation the rights to use, copy, "  \
	"modify, merge, publish, distribute, sublicense, and/or sell copies "  \
	"of the Software, and to permit persons to whom the Software is "      \
	"furnished to do so"
#define MIT_WARRANTY(who)                                                      \
	"THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, "   \
	"EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF "  \
	"MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND "               \
	"NONINFRINGEMENT. IN NO EVENT SHALL " who " BE LIABLE FOR ANY CLAIM, " \
	"DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT "  \
	"OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE "        \
	"SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n"
#define ISC_WARRANTY                                                           \
	"THE SOFTWARE IS PROVIDED \"AS IS\" AND THE AUTHOR DISCLAIMS ALL "     \
	"WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED "       \
	"WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE "    \
	"AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR "              \
	"CONSEQUENTIAL "                                                       \
	"DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA "  \
	"OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER "   \
	"TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR "    \
	"PERFORMANCE OF THIS SOFTWARE.\n"

const hdrcheck__license_text hdrcheck__builtin_texts[] = {
    {"MIT",
     MIT_GRANT ", subject to the following conditions:\n"
               "The above copyright notice and this permission notice shall "
               "be included in all copies or substantial portions of the "
               "Software.\n" MIT_WARRANTY("THE AUTHORS OR COPYRIGHT HOLDERS")},
    {"MIT-0", MIT_GRANT ".\n" MIT_WARRANTY("THE AUTHORS OR COPYRIGHT HOLDERS")},
    {"X11",
     MIT_GRANT ", subject to the following conditions:\n"
               "The above copyright notice and this permission notice shall "
               "be included in all copies or substantial portions of the "
               "Software.\n" MIT_WARRANTY(
                   "THE X CONSORTIUM") "Except as contained in this notice, "
                                       "the name of the X "
                                       "Consortium shall not be used in "
                                       "advertising or otherwise to "
                                       "promote the sale, use or other "
                                       "dealings in this Software "
                                       "without prior written authorization "
                                       "from the X Consortium.\n"},
    {"ISC", "Permission to use, copy, modify, and/or distribute this "
            "software for any purpose with or without fee is hereby "
            "granted, provided that the above copyright notice and this "
            "permission notice appear in all copies.\n" ISC_WARRANTY},
    {"ISC", "Permission to use, copy, modify, and distribute this "
            "software for any purpose with or without fee is hereby "
            "granted, provided that the above copyright notice and this "
            "permission notice appear in all copies.\n" ISC_WARRANTY},
    {"0BSD", "Permission to use, copy, modify, and/or distribute this "
             "software for any purpose with or without fee is hereby "
             "granted.\n" ISC_WARRANTY},
    {"BSD-2-Clause", BSD_PREAMBLE BSD_CLAUSE_1 BSD_CLAUSE_2 BSD_DISCLAIMER(
                         "THE COPYRIGHT HOLDERS AND CONTRIBUTORS")},
    {"BSD-2-Clause",
     BSD_PREAMBLE BSD_CLAUSE_1 BSD_CLAUSE_2 BSD_DISCLAIMER("THE AUTHOR")},
    {"BSD-3-Clause", BSD_PREAMBLE BSD_CLAUSE_1 BSD_CLAUSE_2
     "3. Neither the name of the copyright holder nor the names of its "
     "contributors may be used to endorse or promote products derived "
     "from this software without specific prior written "
     "permission.\n" BSD_DISCLAIMER("THE COPYRIGHT HOLDERS AND CONTRIBUTORS")},
    {"BSD-3-Clause", BSD_PREAMBLE BSD_CLAUSE_1 BSD_CLAUSE_2
     "3. The name of the author may not be used to endorse or promote "
     "products derived from this software without specific prior "
     "written permission.\n" BSD_DISCLAIMER("THE AUTHOR")},
    {"BSD-4-Clause", BSD_PREAMBLE BSD_CLAUSE_1 BSD_CLAUSE_2
     "3. All advertising materials mentioning features or use of this "
     "software must display the following acknowledgement: This product "
     "includes software developed by the organization.\n"
     "4. Neither the name of the copyright holder nor the names of its "
     "contributors may be used to endorse or promote products derived "
     "from this software without specific prior written "
     "permission.\n" BSD_DISCLAIMER("COPYRIGHT HOLDER")},
    {"Zlib", "This software is provided 'as-is', without any express or "
             "implied warranty. In no event will the authors be held "
             "liable for any damages arising from the use of this "
             "software.\n"
             "Permission is granted to anyone to use this software for "
             "any purpose, including commercial applications, and to "
             "alter it and redistribute it freely, subject to the "
             "following restrictions:\n"
             "1. The origin of this software must not be misrepresented; "
             "you must not claim that you wrote the original software. If "
             "you use this software in a product, an acknowledgment in "
             "the product documentation would be appreciated but is not "
             "required.\n"
             "2. Altered source versions must be plainly marked as such, "
             "and must not be misrepresented as being the original "
             "software.\n"
             "3. This notice may not be removed or altered from any "
             "source distribution.\n"},
    {"BSL-1.0",
     "Boost Software License - Version 1.0\n\n"
     "Permission is hereby granted, free of charge, to any person or "
     "organization obtaining a copy of the software and accompanying "
     "documentation covered by this license (the \"Software\") to use, "
     "reproduce, display, distribute, execute, and transmit the Software, "
     "and to prepare derivative works of the Software, and to permit "
     "third-parties to whom the Software is furnished to do so, all "
     "subject to the following:\n"
     "The copyright notices in the Software and this entire statement, "
     "including the above license grant, this restriction and the "
     "following disclaimer, must be included in all copies of the "
     "Software, in whole or in part, and all derivative works of the "
     "Software, unless such copies or derivative works are solely in the "
     "form of machine-executable object code generated by a source "
     "language processor.\n"
     "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, "
     "EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF "
     "MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE, TITLE AND "
     "NON-INFRINGEMENT. IN NO EVENT SHALL THE COPYRIGHT HOLDERS OR ANYONE "
     "DISTRIBUTING THE SOFTWARE BE LIABLE FOR ANY DAMAGES OR OTHER "
     "LIABILITY, WHETHER IN CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT "
     "OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS "
     "IN THE SOFTWARE.\n"},
    {"EPL-2.0", "This program and the accompanying materials are made "
                "available under the terms of the Eclipse Public License "
                "2.0 which is available at "
                "https://www.eclipse.org/legal/epl-2.0\n"},
};

const size_t hdrcheck__builtin_texts_count =
    HDRCHECK__ARRAY_SIZE(hdrcheck__builtin_texts);

/*
 * The names short notices use, longest first where one holds another.
 * Ids of the SPDX License List (spelled as words: "gpl 2 0") are looked up
 * in the catalogue as well; these are the names that are not ids.
 */
const hdrcheck__license_alias hdrcheck__license_aliases[] = {
    {"mit", "MIT"},
    {"the mit license", "MIT"},
    {"expat", "MIT"},
    {"mit 0", "MIT-0"},
    {"x11", "X11"},
    {"isc", "ISC"},
    {"0bsd", "0BSD"},
    {"zero clause bsd", "0BSD"},
    {"bsd 2 clause", "BSD-2-Clause"},
    {"2 clause bsd", "BSD-2-Clause"},
    {"simplified bsd", "BSD-2-Clause"},
    {"freebsd", "BSD-2-Clause"},
    {"bsd 3 clause", "BSD-3-Clause"},
    {"3 clause bsd", "BSD-3-Clause"},
    {"new bsd", "BSD-3-Clause"},
    {"revised bsd", "BSD-3-Clause"},
    {"modified bsd", "BSD-3-Clause"},
    {"bsd 4 clause", "BSD-4-Clause"},
    {"4 clause bsd", "BSD-4-Clause"},
    {"original bsd", "BSD-4-Clause"},
    {"bsd 2 clause patent", "BSD-2-Clause-Patent"},
    {"bsd style", "LicenseRef-BSD-style"},
    {"bsd like", "LicenseRef-BSD-style"},
    {"mit style", "LicenseRef-MIT-style"},
    {"apache 2 0", "Apache-2.0"},
    {"apache 2", "Apache-2.0"},
    {"apache2", "Apache-2.0"},
    {"apache license 2 0", "Apache-2.0"},
    {"apache license version 2 0", "Apache-2.0"},
    {"apache license v2 0", "Apache-2.0"},
    {"apache license v2", "Apache-2.0"},
    {"apache software license 2 0", "Apache-2.0"},
    {"apache software license version 2 0", "Apache-2.0"},
    {"apache v2", "Apache-2.0"},
    {"apache version 2 0", "Apache-2.0"},
    {"apache 1 1", "Apache-1.1"},
    {"apache license 1 1", "Apache-1.1"},
    {"apache license version 1 1", "Apache-1.1"},
    {"mpl 2 0", "MPL-2.0"},
    {"mpl v2", "MPL-2.0"},
    {"mozilla public license 2 0", "MPL-2.0"},
    {"mozilla public license v 2 0", "MPL-2.0"},
    {"mozilla public license version 2 0", "MPL-2.0"},
    {"mpl 1 1", "MPL-1.1"},
    {"mozilla public license version 1 1", "MPL-1.1"},
    {"epl 1 0", "EPL-1.0"},
    {"epl 2 0", "EPL-2.0"},
    /* the Eclipse Distribution License is the BSD-3-Clause text (SPDX
     * lists edl-v10 among BSD-3-Clause's references); Eclipse projects
     * offer it as the alternative to the EPL ("EPL-2.0 OR BSD-3-Clause"):
     * offered, a notice naming it and another license is dual */
    {"eclipse distribution license", "BSD-3-Clause", 1},
    {"eclipse distribution license 1 0", "BSD-3-Clause", 1},
    {"eclipse distribution license v1 0", "BSD-3-Clause", 1},
    {"eclipse distribution license v 1 0", "BSD-3-Clause", 1},
    {"eclipse distribution license version 1 0", "BSD-3-Clause", 1},
    {"edl 1 0", "BSD-3-Clause", 1},
    {"edl v1 0", "BSD-3-Clause", 1},
    {"eclipse public license 1 0", "EPL-1.0"},
    {"eclipse public license v1 0", "EPL-1.0"},
    {"eclipse public license v 1 0", "EPL-1.0"},
    {"eclipse public license version 1 0", "EPL-1.0"},
    {"eclipse public license 2 0", "EPL-2.0"},
    {"eclipse public license v2 0", "EPL-2.0"},
    {"eclipse public license v 2 0", "EPL-2.0"},
    {"eclipse public license version 2 0", "EPL-2.0"},
    {"cddl", "CDDL-1.0"},
    {"cddl 1 0", "CDDL-1.0"},
    {"cddl 1 1", "CDDL-1.1"},
    {"common development and distribution license", "CDDL-1.0"},
    {"common development and distribution license version 1 1", "CDDL-1.1"},
    {"zlib", "Zlib"},
    {"zlib libpng", "Zlib"},
    {"boost software license", "BSL-1.0"},
    {"boost software license version 1 0", "BSL-1.0"},
    {"boost software license 1 0", "BSL-1.0"},
    {"bsl 1 0", "BSL-1.0"},
    {"unlicense", "Unlicense"},
    {"the unlicense", "Unlicense"},
    {"cc0", "CC0-1.0"},
    {"cc0 1 0", "CC0-1.0"},
    {"cc by 4 0", "CC-BY-4.0"},
    {"cc by sa 4 0", "CC-BY-SA-4.0"},
    {"creative commons attribution 4 0", "CC-BY-4.0"},
    {"wtfpl", "WTFPL"},
    {"mulan psl v2", "MulanPSL-2.0"},
    {"mulan psl 2 0", "MulanPSL-2.0"},
    {"mulanpsl 2 0", "MulanPSL-2.0"},
    {"mulanpsl v2", "MulanPSL-2.0"},
    {"mulan permissive software license v2", "MulanPSL-2.0"},
    {"mulan permissive software license version 2", "MulanPSL-2.0"},
    {"w3c", "W3C"},
    {"w3c software notice and license", "W3C"},
    {"psf", "PSF-2.0"},
    {"psf 2 0", "PSF-2.0"},
    {"python software foundation license", "PSF-2.0"},
    {"python software foundation license version 2", "PSF-2.0"},
    {"artistic license 2 0", "Artistic-2.0"},
    {"artistic 2 0", "Artistic-2.0"},
    {"upl", "UPL-1.0"},
    {"universal permissive license", "UPL-1.0"},
    {"universal permissive license v 1 0", "UPL-1.0"},
    {"universal permissive license v1 0", "UPL-1.0"},
    {"postgresql", "PostgreSQL"},
    {"openssl", "OpenSSL"},
    {"ofl 1 1", "OFL-1.1"},
    {"sil open font license 1 1", "OFL-1.1"},
    {"sil open font license version 1 1", "OFL-1.1"},
    {"public domain", "LicenseRef-Public-Domain"},
    {"erlang public license version 1 1", "ErlPL-1.1"},
    {"erlang public license 1 1", "ErlPL-1.1"},
    {"beer ware license", "Beerware"},
    {"creative commons attribution 4 0 international", "CC-BY-4.0"},
    {"creative commons attribution sharealike 4 0 international",
     "CC-BY-SA-4.0"},
    {"creative commons attribution noncommercial 4 0 international",
     "CC-BY-NC-4.0"},
    {"creative commons attribution noncommercial noderivatives 4 0 "
     "international",
     "CC-BY-NC-ND-4.0"},
    {"creative commons attribution noncommercial sharealike 4 0 "
     "international",
     "CC-BY-NC-SA-4.0"},
    {"creative commons attribution noderivatives 4 0 international",
     "CC-BY-ND-4.0"},
    {"cc by nc nd 4 0", "CC-BY-NC-ND-4.0"},
    {"cc by nc sa 4 0", "CC-BY-NC-SA-4.0"},
    {"cc by nc 4 0", "CC-BY-NC-4.0"},
    {"cc by nd 4 0", "CC-BY-ND-4.0"},
};

const size_t hdrcheck__license_aliases_count =
    HDRCHECK__ARRAY_SIZE(hdrcheck__license_aliases);
