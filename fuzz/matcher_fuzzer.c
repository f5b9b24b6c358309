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

/*
 * The license matcher on arbitrary words: the input is the comment text
 * of a file, optionally preceded by a header template and a NUL
 * ("<template>\0<text>"), as a policy's `header` would give. Every
 * built-in license's forms are searched, and when only an anchor occurs
 * the LCS alignment explains the first difference (with the word diff of
 * explain). A full match must cover exactly the form's words; a
 * "like" verdict must come with a one-line reason.
 */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "policies/header.h"
#include "policies/identify.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static hdrcheck__matcher *matcher(void)
{
	static hdrcheck__matcher m;
	static int ready;

	if (!ready) {
		if (hdrcheck__matcher_init(&m) < 0)
			__builtin_trap();
		ready = 1;
	}
	return &m;
}

static int has_placeholder(const hdrcheck__tokens *f)
{
	size_t i;

	for (i = 0; i < f->count; i++)
		if (f->tokens[i].word[0] == '\x01')
			return 1;
	return 0;
}

static int only_placeholders(const hdrcheck__tokens *f)
{
	size_t i;

	for (i = 0; i < f->count; i++)
		if (f->tokens[i].word[0] != '\x01')
			return 0;
	return 1;
}

static void check_match(const hdrcheck__match *mt,
                        const hdrcheck__tokens *forms, size_t forms_count,
                        const hdrcheck__tokens *t)
{
	size_t i, k;
	int covered = 0;

	if (mt->matched) {
		/* a form of placeholders alone ("{year}") may match no word */
		if (!mt->apache_like || mt->at > mt->end ||
		    mt->end > t->count || mt->at >= t->count || mt->reason)
			__builtin_trap();
		/* the span is one of the forms, word for word */
		for (i = 0; i < forms_count && !covered; i++) {
			if (has_placeholder(&forms[i])) {
				covered = 1;
				continue;
			}
			if (forms[i].count != mt->end - mt->at)
				continue;
			for (k = 0; k < forms[i].count; k++)
				if (forms[i].tokens[k].len !=
				        t->tokens[mt->at + k].len ||
				    memcmp(forms[i].tokens[k].word,
				           t->tokens[mt->at + k].word,
				           forms[i].tokens[k].len))
					break;
			covered = k == forms[i].count;
		}
		if (!covered)
			__builtin_trap();
		/* an empty span only from a form of placeholders alone */
		for (i = 0, covered = 0; i < forms_count; i++)
			covered |= only_placeholders(&forms[i]);
		if (mt->at == mt->end && !covered)
			__builtin_trap();
		return;
	}
	if (mt->apache_like) {
		if (!mt->reason || !*mt->reason || strchr(mt->reason, '\n') ||
		    mt->at >= t->count)
			__builtin_trap();
	} else if (mt->reason) {
		__builtin_trap();
	}
}

static void run_forms(const hdrcheck__tokens *forms, size_t forms_count,
                      const hdrcheck__tokens *anchors, size_t anchors_count,
                      const hdrcheck__tokens *holder, const hdrcheck__tokens *t)
{
	hdrcheck__match mt;
	hdrcheck_buf diff = HDRCHECK_BUF_INIT;

	if (hdrcheck__matcher_forms_diff(&mt, forms, forms_count, anchors,
	                                 anchors_count, holder, t, &diff) < 0)
		return;
	check_match(&mt, forms, forms_count, t);
	if (diff.len && memchr(diff.ptr, '\n', diff.len))
		__builtin_trap();
	free(mt.reason);
	hdrcheck__buf_dispose(&diff);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const hdrcheck__matcher *m = matcher();
	const uint8_t *nul = memchr(data, '\0', size);
	hdrcheck__tokens t = {0}, form = {0}, holder = {0};
	const char *id;
	char *text = NULL, *tmpl = NULL;
	size_t i, at = SIZE_MAX;

	/* the text: everything after the first NUL (or all of it) */
	{
		const uint8_t *p = nul ? nul + 1 : data;
		size_t n = size - (size_t)(p - data);

		if (!(text = malloc(n + 1)))
			goto done;
		memcpy(text, p, n);
		text[n] = '\0'; /* words stop at an inner NUL too */
	}
	if (hdrcheck__tokens_from_text(&t, text) < 0)
		goto done;

	for (i = 0; i < m->licenses_count; i++) {
		const hdrcheck__license_tokens *l = &m->licenses[i];

		run_forms(l->forms, l->forms_count, l->anchors,
		          l->anchors_count, NULL, &t);
	}
	if ((id = hdrcheck__matcher_identify(m, &t, &at)) != NULL &&
	    at >= t.count)
		__builtin_trap();
	if ((id = hdrcheck__matcher_other(m, &t, &at)) != NULL && at >= t.count)
		__builtin_trap();
	/* the identifier on the same text (policies/identify.c): a whole
	 * text, and the comment-line path through identify_text's lines */
	{
		static hdrcheck__identifier *ident;
		static hdrcheck__ident_scratch *scratch;
		hdrcheck__ident r;

		if ((ident || hdrcheck__identifier_new(&ident) == 0) &&
		    (scratch || hdrcheck__ident_scratch_new(&scratch) == 0) &&
		    hdrcheck__identify_text(&r, ident, scratch, text,
		                            strlen(text)) == 0) {
			if (r.kind != HDRCHECK__IDENT_NONE && !r.expression)
				__builtin_trap();
			hdrcheck__ident_dispose(&r);
		}
	}

	/* a configured header: {year} and {holder} placeholders, any or a
	 * given holder, against Apache's anchors */
	if (nul) {
		const hdrcheck__license_tokens *a =
		    hdrcheck__matcher_license(m, "Apache-2.0");
		size_t n = (size_t)(nul - data);

		if (!(tmpl = malloc(n + 1)))
			goto done;
		memcpy(tmpl, data, n);
		tmpl[n] = '\0';
		if (hdrcheck__tokens_from_template(&form, tmpl) < 0 ||
		    hdrcheck__tokens_from_text(&holder, "The Example Authors") <
		        0)
			goto done;
		run_forms(&form, 1, a->anchors, a->anchors_count, NULL, &t);
		run_forms(&form, 1, a->anchors, a->anchors_count, &holder, &t);
	}
done:
	hdrcheck__tokens_dispose(&t);
	hdrcheck__tokens_dispose(&form);
	hdrcheck__tokens_dispose(&holder);
	free(text);
	free(tmpl);
	return 0;
}
