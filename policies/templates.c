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

/*
 * Full-text recognisers for other licenses, most specific first: the first
 * whose phrases all occur (and whose "absent" phrases do not) names the
 * license. Phrases are distinctive sentences of each license's standard
 * notice.
 */
const hdrcheck__recognizer hdrcheck__recognizers[] = {
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
	{"MPL-2.0",
	 PHRASES("subject to the terms of the mozilla public license v 2 0"),
	 NULL},
	{"MPL-2.0", PHRASES("mozilla public license version 2 0"), NULL},
	{"EPL-2.0", PHRASES("eclipse public license v 2 0"), NULL},
	{"EPL-2.0", PHRASES("eclipse public license 2 0"), NULL},
	{"EPL-1.0", PHRASES("eclipse public license v1 0"), NULL},
	{"MIT",
	 PHRASES("permission is hereby granted free of charge to any person "
		 "obtaining a copy"),
	 NULL},
	{"ISC",
	 PHRASES("permission to use copy modify and or distribute this "
		 "software for any purpose with or without fee is hereby "
		 "granted"),
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
