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
 * SPDX license expressions (SPDX specification, annex "SPDX license
 * expressions"): parsed against the catalogue, written in normal form,
 * and judged against a policy's license. docs/matching.md, "SPDX
 * expressions", is the user-facing description of all three.
 */

#ifndef HDRCHECK_POLICIES_EXPRESSION_H
#define HDRCHECK_POLICIES_EXPRESSION_H

#include <stddef.h>

#define HDRCHECK__EXPR_INVALID 1

/*
 * Parse s[0..len) and write its normal form: current ids in their
 * canonical case (deprecated ids replaced, "+" as "-or-later" where the
 * list has such an id), upper-case operators, operands of AND and OR
 * sorted and without duplicates, and only the parentheses the precedence
 * needs (AND binds tighter than OR).
 *
 * Returns 0 with *out the malloc'd normal form; HDRCHECK__EXPR_INVALID
 * with *out a malloc'd one-line reason ("unknown SPDX license id
 * 'Apache2.0' (did you mean Apache-2.0?)"); or a negative HDRCHECK_E*
 * code (out of memory), *out untouched.
 */
int hdrcheck__expr_normalize(char **out, const char *s, size_t len);

/*
 * Is a file whose license is the expression e[0..elen) acceptable under
 * a policy requiring the license (or expression) policy? 1 yes, 0 no
 * (also when either does not parse), negative on out of memory.
 *
 * A policy of one license is met by an expression that offers it: a
 * license meets it when it is the same license, or an "-or-later" (or
 * "+") license of the same family at the same or a lower version ("GPL-
 * 2.0-or-later" meets GPL-3.0-only and GPL-3.0-or-later; GPL-3.0-or-later
 * does not meet GPL-2.0-only), and carries the policy's exception if it
 * names one (an exception only adds permissions, so one the policy does
 * not name is no obstacle); "A OR B" when A or B does; "A AND B" when
 * both do. A policy that is itself a compound expression is met by the
 * same expression (in normal form).
 */
int hdrcheck__expr_satisfies(const char *e, size_t elen, const char *policy);

/*
 * Both at once, parsing s once: 0 with *out the normal form and
 * *satisfies 1 or 0 (when satisfies and policy are not NULL);
 * HDRCHECK__EXPR_INVALID with *out the reason; or a negative error.
 */
int hdrcheck__expr_check(char **out, int *satisfies, const char *s, size_t len,
                         const char *policy);

#endif
