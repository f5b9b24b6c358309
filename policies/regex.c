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

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>
#include "common.h"
#include "policies/regex.h"

/* Debian's defaults (10 million steps, 20 MB heap) are far too generous for
 * a header window of 32 KiB. */
#define REGEX_MATCH_LIMIT    200000
#define REGEX_DEPTH_LIMIT    10000
#define REGEX_HEAP_LIMIT_KIB 4096
#define REGEX_JIT_STACK_MIN  (32 * 1024)
#define REGEX_JIT_STACK_MAX  (512 * 1024)
#define REGEX_OVEC_PAIRS     16

struct hdrcheck__regex {
	pcre2_code *code;
};

struct hdrcheck__regex_ctx {
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *jit_stack;
};

int hdrcheck__regex_new(hdrcheck__regex **out, const char *pattern,
                        unsigned int flags)
{
	hdrcheck__regex *re = NULL;
	uint32_t options =
	    PCRE2_UTF | PCRE2_NO_UTF_CHECK | PCRE2_MATCH_INVALID_UTF;
	int errcode = 0, error = 0;
	PCRE2_SIZE erroff = 0;

	/* file content is arbitrary bytes: MATCH_INVALID_UTF lets pcre2 match
	 * valid stretches and skip invalid ones without a UTF check error */
	if (flags & HDRCHECK__RE_CASELESS)
		options |= PCRE2_CASELESS;
	if (flags & HDRCHECK__RE_MULTILINE)
		options |= PCRE2_MULTILINE;
	if (!(re = hdrcheck__calloc(1, sizeof(*re))))
		return HDRCHECK_ENOMEM;
	re->code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	                         options, &errcode, &erroff, NULL);
	if (!re->code) {
		PCRE2_UCHAR msg[256];

		pcre2_get_error_message(errcode, msg, sizeof(msg));
		error = hdrcheck__error_set(HDRCHECK_EREGEX,
		                            "invalid regex at offset %zu: %s",
		                            (size_t)erroff, (const char *)msg);
		goto done;
	}
	/* JIT is an optimisation: the interpreter is the fallback */
	(void)pcre2_jit_compile(re->code, PCRE2_JIT_COMPLETE);
	*out = re;
	re = NULL;
done:
	hdrcheck__regex_free(re);
	return error;
}

void hdrcheck__regex_free(hdrcheck__regex *re)
{
	if (!re)
		return;
	pcre2_code_free(re->code);
	free(re);
}

int hdrcheck__regex_ctx_new(hdrcheck__regex_ctx **out)
{
	hdrcheck__regex_ctx *ctx = NULL;
	int error = 0;

	if (!(ctx = hdrcheck__calloc(1, sizeof(*ctx))))
		return HDRCHECK_ENOMEM;
	ctx->md = pcre2_match_data_create(REGEX_OVEC_PAIRS, NULL);
	ctx->mctx = pcre2_match_context_create(NULL);
	if (!ctx->md || !ctx->mctx) {
		error = hdrcheck__error_set(HDRCHECK_ENOMEM, "out of memory");
		goto done;
	}
	pcre2_set_match_limit(ctx->mctx, REGEX_MATCH_LIMIT);
	pcre2_set_depth_limit(ctx->mctx, REGEX_DEPTH_LIMIT);
	pcre2_set_heap_limit(ctx->mctx, REGEX_HEAP_LIMIT_KIB);
	ctx->jit_stack = pcre2_jit_stack_create(REGEX_JIT_STACK_MIN,
	                                        REGEX_JIT_STACK_MAX, NULL);
	if (ctx->jit_stack)
		pcre2_jit_stack_assign(ctx->mctx, NULL, ctx->jit_stack);
	*out = ctx;
	ctx = NULL;
done:
	hdrcheck__regex_ctx_free(ctx);
	return error;
}

void hdrcheck__regex_ctx_free(hdrcheck__regex_ctx *ctx)
{
	if (!ctx)
		return;
	pcre2_match_data_free(ctx->md);
	pcre2_match_context_free(ctx->mctx);
	pcre2_jit_stack_free(ctx->jit_stack);
	free(ctx);
}

int hdrcheck__regex_match(hdrcheck__regex_ctx *ctx, const hdrcheck__regex *re,
                          const char *s, size_t len, size_t start, size_t *ovec,
                          size_t pairs)
{
	PCRE2_SIZE *ov;
	size_t i;
	int rc;

	if (start > len)
		return 0;
	rc = pcre2_match(re->code, (PCRE2_SPTR)s, len, start, 0, ctx->md,
	                 ctx->mctx);
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
	    rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
		return hdrcheck__error_set(HDRCHECK_ELIMIT,
		                           "regex match limit exceeded");
	if (rc < 0)
		return 0; /* other failures: treat as no match */
	ov = pcre2_get_ovector_pointer(ctx->md);
	for (i = 0; i < pairs; i++) {
		if (i < (size_t)rc && i < REGEX_OVEC_PAIRS) {
			ovec[2 * i] = ov[2 * i];
			ovec[2 * i + 1] = ov[2 * i + 1];
		} else {
			ovec[2 * i] = ovec[2 * i + 1] = SIZE_MAX;
		}
	}
	return 1;
}
