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

/*
 * The accepted full-text forms of the Apache-2.0 header. Only the words
 * matter: the matcher compares normalised tokens, so wrapping, decoration,
 * case, quotes and URL spelling are free.
 */
static const char *const templates[HDRCHECK__TEMPLATE__COUNT] = {
	/* APPENDIX: How to apply the Apache License to your work */
	"Licensed under the Apache License, Version 2.0 (the \"License\"); "
	"you may not use this file except in compliance with the License. "
	"You may obtain a copy of the License at "
	"http://www.apache.org/licenses/LICENSE-2.0 "
	"Unless required by applicable law or agreed to in writing, software "
	"distributed under the License is distributed on an \"AS IS\" BASIS, "
	"WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or "
	"implied. See the License for the specific language governing "
	"permissions and limitations under the License.",

	/* The ASF source header for contributions to ASF projects */
	"Licensed to the Apache Software Foundation (ASF) under one or more "
	"contributor license agreements. See the NOTICE file distributed with "
	"this work for additional information regarding copyright ownership. "
	"The ASF licenses this file to You under the Apache License, Version "
	"2.0 (the \"License\"); you may not use this file except in compliance "
	"with the License. You may obtain a copy of the License at "
	"http://www.apache.org/licenses/LICENSE-2.0 "
	"Unless required by applicable law or agreed to in writing, software "
	"distributed under the License is distributed on an \"AS IS\" BASIS, "
	"WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or "
	"implied. See the License for the specific language governing "
	"permissions and limitations under the License.",
};

const char *hdrcheck__template_text(hdrcheck__template_id id)
{
	return (unsigned)id < HDRCHECK__TEMPLATE__COUNT ? templates[id] : "";
}

#define PHRASES(...) ((const char *const[]){__VA_ARGS__, NULL})

#define GNU_WARRANTY(program, name)                                            \
	program " is distributed in the hope that it will be useful, but "     \
		"WITHOUT ANY WARRANTY; without even the implied warranty of "   \
		"MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the " \
		name " for more details."

/*
 * Built-in licenses a policy can require: the header forms that satisfy
 * it in full (words only, as for Apache) and the phrases that make a
 * comment "clearly this license" (a damaged form is then a mismatch, not
 * missing). Apache-2.0's forms are the two above.
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
	 PHRASES("permission is hereby granted free of charge",
		 "mit license")},
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

const size_t hdrcheck__licenses_count = HDRCHECK__ARRAY_SIZE(hdrcheck__licenses);

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
	 PHRASES("subject to the terms of the mozilla public license v 2 0"),
	 NULL},
	{"MPL-2.0", PHRASES("mozilla public license version 2 0"), NULL},
	{"EPL-2.0", PHRASES("eclipse public license v 2 0"), NULL},
	{"EPL-2.0", PHRASES("eclipse public license 2 0"), NULL},
	{"EPL-1.0", PHRASES("eclipse public license v1 0"), NULL},
	{"AGPL-3.0-or-later",
	 PHRASES("gnu affero general public license", "any later version"),
	 NULL},
	{"AGPL-3.0-only", PHRASES("gnu affero general public license"), NULL},
	{"LGPL-2.1-or-later",
	 PHRASES("gnu lesser general public license", "version 2 1",
		 "any later version"),
	 NULL},
	{"LGPL-2.1-only",
	 PHRASES("gnu lesser general public license", "version 2 1"), NULL},
	{"LGPL-3.0-or-later",
	 PHRASES("gnu lesser general public license", "any later version"),
	 NULL},
	{"LGPL-3.0-only", PHRASES("gnu lesser general public license"), NULL},
	{"LGPL-2.0-or-later",
	 PHRASES("gnu library general public license", "any later version"),
	 NULL},
	{"LGPL-2.0-only", PHRASES("gnu library general public license"), NULL},
	{"GPL-2.0-or-later",
	 PHRASES("gnu general public license", "version 2",
		 "any later version"),
	 PHRASES("version 3")},
	{"GPL-2.0-only", PHRASES("gnu general public license", "version 2"),
	 PHRASES("version 3")},
	{"GPL-3.0-or-later",
	 PHRASES("gnu general public license", "any later version"), NULL},
	{"GPL-3.0-only", PHRASES("gnu general public license", "version 3"),
	 NULL},
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
	{"CDDL-1.0",
	 PHRASES("common development and distribution license"), NULL},
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

const size_t hdrcheck__recognizers_count = HDRCHECK__ARRAY_SIZE(
	hdrcheck__recognizers);
