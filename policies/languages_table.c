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

#include "policies/filetypes.h"

/*
 * The built-in file types. Order matters: detection scans the table from
 * the top and the first entry that claims a name or extension wins, so an
 * ambiguous extension belongs to the earliest entry. No extension, file
 * name or interpreter is listed twice (tests/policies/filetypes.c checks
 * this), so the order is documentation rather than a tie-break; the
 * deliberate choices for extensions used by more than one language are:
 *
 *   .h    C (C++ and Objective-C headers share C's comment syntax)
 *   .m    Objective-C, not MATLAB/Octave: MATLAB is only reachable by
 *         shebang (octave) or by name from the configuration
 *   .mm   Objective-C (Objective-C++ shares its syntax)
 *   .pl   Perl, not Prolog (Prolog is not listed)
 *   .t    Perl (test scripts), not Turing
 *   .pp   Puppet, not Pascal: Pascal keeps .pas, .dpr and .lpr
 *   .cls  TeX (LaTeX classes), not Visual Basic or Apex
 *   .inc  PHP, whose comment syntax (//, #, slash-star) is a superset of
 *         most include files' syntax
 *   .v    Verilog, not Coq or V
 *   .cl   OpenCL, not Common Lisp (which keeps .lisp, .lsp, .asd)
 *   .fs   F#, not GLSL fragment shaders (GLSL keeps .frag, .glsl, ...)
 *   .d    D, not make dependency files (build output, rarely tracked)
 *   .sls  Salt, not R6RS Scheme
 *   .pro  qmake, not Prolog or IDL
 *   .as   ActionScript, not AngelScript
 *   .re   Reason
 *   .spec RPM spec
 *   .map  source maps (JSON): cannot hold a comment
 *
 * Interpreters are base names as they follow "#!/usr/bin/" or
 * "#!/usr/bin/env"; the detector also accepts a version suffix of digits
 * and dots ("python3.11", "perl5.36").
 *
 * Exact file names are case-sensitive; extensions are lower case, without
 * the dot, and may span dots ("d.ts", "env.example", "html.erb").
 */

#define HDRCHECK__STRS(...) ((const char *const[]){__VA_ARGS__, NULL})
#define HDRCHECK__BLOCKS(...)                                                  \
	((const hdrcheck_block_comment[]){__VA_ARGS__, {NULL, NULL}})

static const char *const hash_line[] = {"#", NULL};
static const char *const slash_line[] = {"//", NULL};
static const char *const dash_line[] = {"--", NULL};
static const char *const semi_line[] = {";", NULL};
static const char *const percent_line[] = {"%", NULL};
static const char *const hash_semi_line[] = {"#", ";", NULL};

static const hdrcheck_block_comment c_block[] = {{"/*", "*/"}, {NULL, NULL}};
static const hdrcheck_block_comment xml_block[] = {{"<!--", "-->"},
                                                   {NULL, NULL}};
static const hdrcheck_block_comment ml_block[] = {{"(*", "*)"}, {NULL, NULL}};
static const hdrcheck_block_comment hs_block[] = {{"{-", "-}"}, {NULL, NULL}};
static const hdrcheck_block_comment lisp_block[] = {{"#|", "|#"}, {NULL, NULL}};
static const hdrcheck_block_comment jinja_block[] = {{"{#", "#}"},
                                                     {NULL, NULL}};

const hdrcheck_language hdrcheck__languages[] = {
    /* C family. C comes first so that ".h" is C. */
    {
        .name = "C",
        .extensions = HDRCHECK__STRS("c", "h", "h.in"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "C++",
        .extensions =
            HDRCHECK__STRS("cc", "cpp", "cxx", "c++", "hpp", "hh", "hxx", "h++",
                           "ipp", "tcc", "inl", "tpp", "ixx", "cppm"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "Objective-C",
        .extensions = HDRCHECK__STRS("m", "mm"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "C#",
        .extensions = HDRCHECK__STRS("cs", "csx"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "CUDA",
        .extensions = HDRCHECK__STRS("cu", "cuh"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "OpenCL",
        .extensions = HDRCHECK__STRS("cl"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "Metal",
        .extensions = HDRCHECK__STRS("metal"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "GLSL",
        .extensions = HDRCHECK__STRS("glsl", "vert", "frag", "geom", "tesc",
                                     "tese", "comp", "vsh", "fsh"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "HLSL",
        .extensions = HDRCHECK__STRS("hlsl", "hlsli", "fx", "fxh"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "WGSL",
        .extensions = HDRCHECK__STRS("wgsl"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "Device Tree",
        .extensions = HDRCHECK__STRS("dts", "dtsi"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "Linker Script",
        .extensions = HDRCHECK__STRS("ld", "lds"),
        .block_comments = c_block,
    },

    /* JVM and .NET. */
    {
        .name = "Java",
        .extensions = HDRCHECK__STRS("java", "jsh"),
        .line_comments = slash_line,
        .block_comments = c_block,
        .preambles = HDRCHECK_PRE_PACKAGE,
    },
    {
        .name = "Kotlin",
        .extensions = HDRCHECK__STRS("kt", "kts"),
        .interpreters = HDRCHECK__STRS("kotlin"),
        .line_comments = slash_line,
        .block_comments = c_block,
        .preambles = HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_PACKAGE,
    },
    {
        .name = "Gradle Kotlin DSL",
        .extensions = HDRCHECK__STRS("gradle.kts"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "Scala",
        .extensions = HDRCHECK__STRS("scala", "sc"),
        .line_comments = slash_line,
        .block_comments = c_block,
        .preambles = HDRCHECK_PRE_PACKAGE,
    },
    {
        .name = "SBT",
        .extensions = HDRCHECK__STRS("sbt"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "Groovy",
        .extensions = HDRCHECK__STRS("groovy", "gvy", "gy", "gsh", "gradle"),
        .filenames = HDRCHECK__STRS("Jenkinsfile"),
        .interpreters = HDRCHECK__STRS("groovy"),
        .line_comments = slash_line,
        .block_comments = c_block,
        .preambles = HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_PACKAGE,
    },
    {
        .name = "Visual Basic .NET",
        .extensions = HDRCHECK__STRS("vb", "bas"),
        .line_comments = HDRCHECK__STRS("'"),
    },
    {
        .name = "VBScript",
        .extensions = HDRCHECK__STRS("vbs"),
        .line_comments = HDRCHECK__STRS("'"),
    },

    /* Systems languages. */
    {
        .name = "Go",
        .extensions = HDRCHECK__STRS("go"),
        .line_comments = slash_line,
        .block_comments = c_block,
        .preambles = HDRCHECK_PRE_PACKAGE,
    },
    {
        .name = "Go Module",
        .filenames = HDRCHECK__STRS("go.mod", "go.work"),
        .line_comments = slash_line,
    },
    {
        .name = "Rust",
        .extensions = HDRCHECK__STRS("rs"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "Swift",
        .extensions = HDRCHECK__STRS("swift"),
        .interpreters = HDRCHECK__STRS("swift"),
        .line_comments = slash_line,
        .block_comments = c_block,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Dart",
        .extensions = HDRCHECK__STRS("dart"),
        .interpreters = HDRCHECK__STRS("dart"),
        .line_comments = slash_line,
        .block_comments = c_block,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "D",
        .extensions = HDRCHECK__STRS("d", "di"),
        .line_comments = slash_line,
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}, {"/+", "+/"}),
    },
    {
        .name = "Zig",
        .extensions = HDRCHECK__STRS("zig", "zon"),
        .line_comments = slash_line,
    },
    {
        .name = "Nim",
        .extensions = HDRCHECK__STRS("nim", "nims", "nimble"),
        .line_comments = hash_line,
        .block_comments = HDRCHECK__BLOCKS({"#[", "]#"}),
    },
    {
        .name = "Crystal",
        .extensions = HDRCHECK__STRS("cr"),
        .interpreters = HDRCHECK__STRS("crystal"),
        .line_comments = hash_line,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Odin",
        .extensions = HDRCHECK__STRS("odin"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "Vala",
        .extensions = HDRCHECK__STRS("vala", "vapi"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "Haxe",
        .extensions = HDRCHECK__STRS("hx"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "ActionScript",
        .extensions = HDRCHECK__STRS("as"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "Solidity",
        .extensions = HDRCHECK__STRS("sol"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "Mojo",
        .extensions = HDRCHECK__STRS("mojo"),
        .line_comments = hash_line,
    },
    {
        .name = "Assembly",
        .extensions = HDRCHECK__STRS("s", "sx", "asm", "nasm"),
        .line_comments = HDRCHECK__STRS(";", "#", "//"),
        .block_comments = c_block,
    },
    {
        .name = "LLVM IR",
        .extensions = HDRCHECK__STRS("ll"),
        .line_comments = semi_line,
    },
    {
        .name = "WebAssembly Text",
        .extensions = HDRCHECK__STRS("wat", "wast"),
        .line_comments = HDRCHECK__STRS(";;"),
        .block_comments = HDRCHECK__BLOCKS({"(;", ";)"}),
    },
    {
        .name = "Fortran",
        .extensions = HDRCHECK__STRS("f", "for", "f77", "fpp", "ftn"),
        .line_comments = HDRCHECK__STRS("!"),
        .column1_comments = HDRCHECK__STRS("C", "c", "*"),
    },
    {
        .name = "Fortran Free Form",
        .extensions = HDRCHECK__STRS("f90", "f95", "f03", "f08"),
        .line_comments = HDRCHECK__STRS("!"),
    },
    {
        .name = "COBOL",
        .extensions = HDRCHECK__STRS("cob", "cbl", "cpy"),
        .line_comments = HDRCHECK__STRS("*>"),
    },
    {
        .name = "Pascal",
        .extensions = HDRCHECK__STRS("pas", "dpr", "lpr"),
        .line_comments = slash_line,
        .block_comments = HDRCHECK__BLOCKS({"{", "}"}, {"(*", "*)"}),
    },
    {
        .name = "Ada",
        .extensions = HDRCHECK__STRS("adb", "ads", "ada"),
        .line_comments = dash_line,
    },
    {
        .name = "VHDL",
        .extensions = HDRCHECK__STRS("vhd", "vhdl"),
        .line_comments = dash_line,
    },
    {
        .name = "Verilog",
        .extensions = HDRCHECK__STRS("v", "vh", "sv", "svh"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },

    /* Web. */
    {
        .name = "JavaScript",
        .extensions = HDRCHECK__STRS("js", "mjs", "cjs", "jsx"),
        .interpreters = HDRCHECK__STRS("node", "nodejs", "deno", "bun"),
        .line_comments = slash_line,
        .block_comments = c_block,
        .preambles = HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_DIRECTIVE,
    },
    {
        .name = "TypeScript",
        .extensions =
            HDRCHECK__STRS("ts", "tsx", "mts", "cts", "d.ts", "d.mts", "d.cts"),
        .interpreters = HDRCHECK__STRS("ts-node", "tsx"),
        .line_comments = slash_line,
        .block_comments = c_block,
        .preambles = HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_DIRECTIVE,
    },
    {
        .name = "CoffeeScript",
        .extensions = HDRCHECK__STRS("coffee", "cson"),
        .interpreters = HDRCHECK__STRS("coffee"),
        .line_comments = hash_line,
        .block_comments = HDRCHECK__BLOCKS({"###", "###"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "ReScript",
        .extensions = HDRCHECK__STRS("res", "resi"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "Reason",
        .extensions = HDRCHECK__STRS("re", "rei"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "CSS",
        .extensions = HDRCHECK__STRS("css"),
        .block_comments = c_block,
    },
    {
        .name = "SCSS",
        .extensions = HDRCHECK__STRS("scss"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "Sass",
        .extensions = HDRCHECK__STRS("sass"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "Less",
        .extensions = HDRCHECK__STRS("less"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "Stylus",
        .extensions = HDRCHECK__STRS("styl"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "HTML",
        .extensions = HDRCHECK__STRS("html", "htm", "shtml"),
        .block_comments = HDRCHECK__BLOCKS({"<!--", "-->"}, {"{#", "#}"}),
        .preambles = HDRCHECK_PRE_DOCTYPE | HDRCHECK_PRE_ROOT_TAG,
    },
    {
        .name = "XHTML",
        .extensions = HDRCHECK__STRS("xhtml", "xht"),
        .block_comments = xml_block,
        .preambles =
            HDRCHECK_PRE_XML | HDRCHECK_PRE_DOCTYPE | HDRCHECK_PRE_ROOT_TAG,
    },
    {
        .name = "XML",
        .extensions = HDRCHECK__STRS(
            "xml", "xsd", "xsl", "xslt", "svg", "wsdl", "pom", "plist",
            "csproj", "vbproj", "fsproj", "vcxproj", "props", "targets", "xaml",
            "fxml", "jelly", "jrxml", "rdf", "tld", "xib", "storyboard", "resx",
            "nuspec", "kml", "gpx", "rss", "atom", "xul", "dtd", "iml", "wxs",
            "xlf", "xliff"),
        .block_comments = xml_block,
        .preambles =
            HDRCHECK_PRE_XML | HDRCHECK_PRE_DOCTYPE | HDRCHECK_PRE_ROOT_TAG,
    },
    {
        .name = "Vue",
        .extensions = HDRCHECK__STRS("vue"),
        .block_comments = xml_block,
        .preambles = HDRCHECK_PRE_ROOT_TAG,
    },
    {
        .name = "Svelte",
        .extensions = HDRCHECK__STRS("svelte"),
        .block_comments = xml_block,
        .preambles = HDRCHECK_PRE_ROOT_TAG,
    },
    {
        .name = "PHP",
        .extensions = HDRCHECK__STRS("php", "php3", "php4", "php5", "phtml",
                                     "phps", "inc"),
        .interpreters = HDRCHECK__STRS("php"),
        .line_comments = HDRCHECK__STRS("//", "#"),
        .block_comments = c_block,
        .preambles = HDRCHECK_PRE_PHP | HDRCHECK_PRE_SHEBANG,
    },

    /* Templates. */
    {
        .name = "HTML+ERB",
        .extensions = HDRCHECK__STRS("html.erb", "rhtml"),
        .block_comments = HDRCHECK__BLOCKS({"<%#", "%>"}, {"<!--", "-->"}),
    },
    {
        .name = "ERB",
        .extensions = HDRCHECK__STRS("erb"),
        .block_comments = HDRCHECK__BLOCKS({"<%#", "%>"}),
    },
    {
        .name = "Jinja",
        .extensions = HDRCHECK__STRS("j2", "jinja", "jinja2", "njk"),
        .block_comments = jinja_block,
    },
    {
        .name = "Go Template",
        /* ".tpl" is also Smarty and plain text templates: Helm's only */
        .extensions = HDRCHECK__STRS("gotmpl"),
        .filenames = HDRCHECK__STRS("_helpers.tpl"),
        .block_comments = HDRCHECK__BLOCKS({"{{/*", "*/}}"},
                                           {"{{- /*", "*/ -}}"}),
    },
    {
        .name = "Twig",
        .extensions = HDRCHECK__STRS("twig"),
        .block_comments = jinja_block,
    },
    {
        .name = "Handlebars",
        .extensions = HDRCHECK__STRS("hbs", "handlebars", "mustache"),
        .block_comments = HDRCHECK__BLOCKS({"{{!--", "--}}"}, {"{{!", "}}"}),
    },
    {
        .name = "Liquid",
        .extensions = HDRCHECK__STRS("liquid"),
        .block_comments =
            HDRCHECK__BLOCKS({"{% comment %}", "{% endcomment %}"}),
    },
    {
        .name = "JSP",
        .extensions = HDRCHECK__STRS("jsp", "jspf", "tag"),
        .block_comments = HDRCHECK__BLOCKS({"<%--", "--%>"}, {"<!--", "-->"}),
    },
    {
        .name = "Razor",
        .extensions = HDRCHECK__STRS("cshtml", "razor"),
        .block_comments = HDRCHECK__BLOCKS({"@*", "*@"}),
    },
    {
        .name = "Pug",
        .extensions = HDRCHECK__STRS("pug", "jade"),
        .line_comments = HDRCHECK__STRS("//-", "//"),
    },
    {
        .name = "Haml",
        .extensions = HDRCHECK__STRS("haml"),
        .line_comments = HDRCHECK__STRS("-#"),
    },
    {
        .name = "Slim",
        .extensions = HDRCHECK__STRS("slim"),
        .line_comments = HDRCHECK__STRS("/"),
    },

    /* Scripting languages. */
    {
        .name = "Python",
        .extensions = HDRCHECK__STRS("py", "pyw", "pyi", "pyx", "pxd", "pxi"),
        .filenames = HDRCHECK__STRS("SConstruct", "SConscript", "wscript"),
        .interpreters =
            HDRCHECK__STRS("python", "python2", "python3", "pypy", "pypy3"),
        .line_comments = hash_line,
        .preambles = HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_MAGIC |
                     HDRCHECK_PRE_DOCSTRING,
    },
    {
        .name = "Ruby",
        .extensions = HDRCHECK__STRS("rb", "rbw", "rake", "gemspec", "ru",
                                     "jbuilder", "podspec", "thor"),
        .filenames = HDRCHECK__STRS(
            "Rakefile", "Gemfile", "Vagrantfile", "Podfile", "Brewfile",
            "Guardfile", "Capfile", "Fastfile", "Appfile", "Dangerfile",
            "Berksfile", "Thorfile", ".irbrc", ".pryrc"),
        .interpreters = HDRCHECK__STRS("ruby", "jruby", "truffleruby"),
        .line_comments = hash_line,
        .block_comments = HDRCHECK__BLOCKS({"=begin", "=end"}),
        .preambles = HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_MAGIC,
    },
    {
        .name = "Perl",
        .extensions = HDRCHECK__STRS("pl", "pm", "t", "psgi"),
        .filenames = HDRCHECK__STRS("cpanfile"),
        .interpreters = HDRCHECK__STRS("perl"),
        .line_comments = hash_line,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Raku",
        .extensions = HDRCHECK__STRS("raku", "rakumod", "p6", "pm6"),
        .interpreters = HDRCHECK__STRS("raku", "rakudo", "perl6"),
        .line_comments = hash_line,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Shell",
        .extensions =
            HDRCHECK__STRS("sh", "bash", "zsh", "ksh", "fish", "bats"),
        .filenames = HDRCHECK__STRS(
            ".bashrc", ".bash_profile", ".bash_logout", ".bash_aliases",
            ".profile", ".zshrc", ".zshenv", ".zprofile", ".zlogin", ".zlogout",
            ".kshrc", ".envrc", "PKGBUILD", "APKBUILD"),
        .interpreters = HDRCHECK__STRS("sh", "bash", "zsh", "ksh", "mksh",
                                       "dash", "ash", "fish", "bats"),
        .line_comments = hash_line,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "PowerShell",
        .extensions = HDRCHECK__STRS("ps1", "psm1", "psd1"),
        .interpreters = HDRCHECK__STRS("pwsh", "powershell"),
        .line_comments = hash_line,
        .block_comments = HDRCHECK__BLOCKS({"<#", "#>"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Batch",
        .extensions = HDRCHECK__STRS("bat", "cmd"),
        .line_comments = HDRCHECK__STRS("REM", "rem", "@REM", "@rem", "::",
                                        "Rem", "@Rem"),
        .preambles = HDRCHECK_PRE_BATCH,
    },
    {
        .name = "Lua",
        .extensions = HDRCHECK__STRS("lua", "luau", "rockspec"),
        .interpreters = HDRCHECK__STRS("lua", "luajit"),
        .line_comments = dash_line,
        .block_comments = HDRCHECK__BLOCKS({"--[[", "]]"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Tcl",
        .extensions = HDRCHECK__STRS("tcl", "tk", "tm", "itcl"),
        .interpreters = HDRCHECK__STRS("tclsh", "wish", "expect"),
        .line_comments = hash_line,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Awk",
        .extensions = HDRCHECK__STRS("awk", "gawk"),
        .interpreters = HDRCHECK__STRS("awk", "gawk", "mawk", "nawk"),
        .line_comments = hash_line,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Sed",
        .extensions = HDRCHECK__STRS("sed"),
        .interpreters = HDRCHECK__STRS("sed", "gsed"),
        .line_comments = hash_line,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "R",
        .extensions = HDRCHECK__STRS("r"),
        .filenames = HDRCHECK__STRS(".Rprofile"),
        .interpreters = HDRCHECK__STRS("Rscript"),
        .line_comments = hash_line,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Julia",
        .extensions = HDRCHECK__STRS("jl"),
        .interpreters = HDRCHECK__STRS("julia"),
        .line_comments = hash_line,
        .block_comments = HDRCHECK__BLOCKS({"#=", "=#"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        /* ".m" is Objective-C's (see the top of the file). */
        .name = "MATLAB",
        .interpreters = HDRCHECK__STRS("octave", "octave-cli"),
        .line_comments = HDRCHECK__STRS("%", "#"),
        .block_comments = HDRCHECK__BLOCKS({"%{", "%}"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "AppleScript",
        .extensions = HDRCHECK__STRS("applescript"),
        .interpreters = HDRCHECK__STRS("osascript"),
        .line_comments = HDRCHECK__STRS("--", "#"),
        .block_comments = ml_block,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "AutoHotkey",
        .extensions = HDRCHECK__STRS("ahk"),
        .line_comments = semi_line,
        .block_comments = c_block,
    },
    {
        .name = "Vim Script",
        .extensions = HDRCHECK__STRS("vim", "vimrc"),
        .filenames =
            HDRCHECK__STRS(".vimrc", "_vimrc", ".gvimrc", "_gvimrc", ".exrc"),
        .line_comments = HDRCHECK__STRS("\""),
    },
    {
        .name = "Emacs Lisp",
        .extensions = HDRCHECK__STRS("el"),
        .filenames = HDRCHECK__STRS(".emacs", "_emacs"),
        .line_comments = semi_line,
    },

    /* Functional languages. */
    {
        .name = "Haskell",
        .extensions = HDRCHECK__STRS("hs", "hsc", "hs-boot"),
        .interpreters = HDRCHECK__STRS("runghc", "runhaskell"),
        .line_comments = dash_line,
        .block_comments = hs_block,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Cabal",
        .extensions = HDRCHECK__STRS("cabal"),
        .line_comments = dash_line,
    },
    {
        .name = "Elm",
        .extensions = HDRCHECK__STRS("elm"),
        .line_comments = dash_line,
        .block_comments = hs_block,
    },
    {
        .name = "PureScript",
        .extensions = HDRCHECK__STRS("purs"),
        .line_comments = dash_line,
        .block_comments = hs_block,
    },
    {
        .name = "Idris",
        .extensions = HDRCHECK__STRS("idr"),
        .line_comments = dash_line,
        .block_comments = hs_block,
    },
    {
        .name = "Dhall",
        .extensions = HDRCHECK__STRS("dhall"),
        .line_comments = dash_line,
        .block_comments = hs_block,
    },
    {
        .name = "Lean",
        .extensions = HDRCHECK__STRS("lean"),
        .line_comments = dash_line,
        .block_comments = HDRCHECK__BLOCKS({"/-", "-/"}),
    },
    {
        .name = "OCaml",
        .extensions = HDRCHECK__STRS("ml", "mli", "mll", "mly"),
        .interpreters = HDRCHECK__STRS("ocaml"),
        .block_comments = ml_block,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Standard ML",
        .extensions = HDRCHECK__STRS("sml"),
        .block_comments = ml_block,
    },
    {
        .name = "F#",
        .extensions = HDRCHECK__STRS("fs", "fsi", "fsx"),
        .line_comments = slash_line,
        .block_comments = ml_block,
    },
    {
        .name = "Erlang",
        .extensions = HDRCHECK__STRS("erl", "hrl", "escript", "app.src"),
        .filenames = HDRCHECK__STRS("rebar.config", "Emakefile"),
        .interpreters = HDRCHECK__STRS("escript"),
        .line_comments = percent_line,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Elixir",
        .extensions = HDRCHECK__STRS("ex", "exs"),
        .interpreters = HDRCHECK__STRS("elixir"),
        .line_comments = hash_line,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Gleam",
        .extensions = HDRCHECK__STRS("gleam"),
        .line_comments = slash_line,
    },
    {
        .name = "Clojure",
        .extensions = HDRCHECK__STRS("clj", "cljs", "cljc", "edn", "bb"),
        .interpreters = HDRCHECK__STRS("bb"),
        .line_comments = semi_line,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Common Lisp",
        .extensions = HDRCHECK__STRS("lisp", "lsp", "asd"),
        .interpreters = HDRCHECK__STRS("sbcl", "clisp"),
        .line_comments = semi_line,
        .block_comments = lisp_block,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Scheme",
        .extensions = HDRCHECK__STRS("scm", "ss", "sld"),
        .interpreters = HDRCHECK__STRS("guile", "chibi-scheme", "csi"),
        .line_comments = semi_line,
        .block_comments = lisp_block,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Racket",
        .extensions = HDRCHECK__STRS("rkt", "rktl", "rktd"),
        .interpreters = HDRCHECK__STRS("racket"),
        .line_comments = semi_line,
        .block_comments = lisp_block,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },

    /* Build systems. */
    {
        .name = "Makefile",
        .extensions = HDRCHECK__STRS("mk", "mak", "make"),
        .filenames = HDRCHECK__STRS("Makefile", "makefile", "GNUmakefile",
                                    "BSDmakefile"),
        .interpreters = HDRCHECK__STRS("make", "gmake"),
        .line_comments = hash_line,
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Automake",
        .extensions = HDRCHECK__STRS("am"),
        .line_comments = hash_line,
    },
    {
        .name = "M4",
        .extensions = HDRCHECK__STRS("m4", "ac"),
        .line_comments = HDRCHECK__STRS("dnl", "#"),
    },
    {
        .name = "CMake",
        .extensions = HDRCHECK__STRS("cmake", "cmake.in"),
        .filenames = HDRCHECK__STRS("CMakeLists.txt"),
        .line_comments = hash_line,
        .block_comments = HDRCHECK__BLOCKS({"#[[", "]]"}),
    },
    {
        .name = "Starlark",
        .extensions = HDRCHECK__STRS("bzl", "star", "bazel"),
        .filenames = HDRCHECK__STRS("BUILD", "BUILD.bazel", "WORKSPACE",
                                    "WORKSPACE.bazel", "MODULE.bazel", "BUCK",
                                    "Tiltfile"),
        .line_comments = hash_line,
    },
    {
        .name = "Meson",
        .filenames =
            HDRCHECK__STRS("meson.build", "meson_options.txt", "meson.options"),
        .line_comments = hash_line,
    },
    {
        .name = "Ninja",
        .extensions = HDRCHECK__STRS("ninja"),
        .line_comments = hash_line,
    },
    {
        .name = "GN",
        .extensions = HDRCHECK__STRS("gn", "gni"),
        .line_comments = hash_line,
    },
    {
        .name = "qmake",
        .extensions = HDRCHECK__STRS("pro", "pri", "prf"),
        .line_comments = hash_line,
    },
    {
        .name = "Kconfig",
        .filenames = HDRCHECK__STRS("Kconfig"),
        .line_comments = hash_line,
    },
    {
        .name = "RPM Spec",
        .extensions = HDRCHECK__STRS("spec"),
        .line_comments = hash_line,
    },
    {
        .name = "Dockerfile",
        .extensions = HDRCHECK__STRS("dockerfile", "containerfile"),
        .filenames = HDRCHECK__STRS("Dockerfile", "Containerfile"),
        .line_comments = hash_line,
        .preambles = HDRCHECK_PRE_DOCKER,
    },

    /* Configuration. */
    {
        .name = "YAML",
        .extensions = HDRCHECK__STRS("yaml", "yml"),
        .filenames = HDRCHECK__STRS(".clang-format", "_clang-format",
                                    ".clang-tidy", ".yamllint"),
        .line_comments = hash_line,
        /* Go template comments in Helm charts */
        .block_comments = HDRCHECK__BLOCKS({"{{/*", "*/}}"},
                                           {"{{- /*", "*/ -}}"}),
    },
    {
        .name = "TOML",
        .extensions = HDRCHECK__STRS("toml"),
        .filenames = HDRCHECK__STRS("Pipfile"),
        .line_comments = hash_line,
    },
    {
        .name = "INI",
        .extensions = HDRCHECK__STRS("ini", "cfg", "conf", "cnf"),
        .filenames =
            HDRCHECK__STRS(".gitconfig", ".gitmodules", ".npmrc", ".pypirc",
                           ".coveragerc", ".pylintrc", ".flake8", ".hgrc"),
        .line_comments = hash_semi_line,
    },
    {
        .name = "Java Properties",
        .extensions = HDRCHECK__STRS("properties"),
        .line_comments = HDRCHECK__STRS("#", "!"),
    },
    {
        .name = "systemd Unit",
        .extensions =
            HDRCHECK__STRS("service", "socket", "timer", "mount", "automount",
                           "slice", "swap", "network", "netdev"),
        .line_comments = hash_semi_line,
    },
    {
        .name = "Env File",
        .extensions = HDRCHECK__STRS(
            "env", "env.example", "env.sample", "env.template", "env.dist",
            "env.local", "env.development", "env.production", "env.test"),
        .line_comments = hash_line,
    },
    {
        .name = "Ignore List",
        .filenames = HDRCHECK__STRS(
            ".gitignore", ".gitattributes", ".dockerignore", ".editorconfig",
            ".npmignore", ".eslintignore", ".prettierignore",
            ".stylelintignore", ".hgignore", ".helmignore", ".gcloudignore",
            ".vscodeignore", ".bzrignore", ".mailmap", ".git-blame-ignore-revs",
            "CODEOWNERS"),
        .line_comments = hash_line,
    },
    {
        .name = "Pip Requirements",
        .filenames = HDRCHECK__STRS(
            "requirements.txt", "requirements.in", "requirements-dev.txt",
            "requirements-test.txt", "dev-requirements.txt",
            "test-requirements.txt", "constraints.txt"),
        .line_comments = hash_line,
    },
    {
        .name = "HCL",
        .extensions = HDRCHECK__STRS("tf", "tfvars", "hcl", "nomad"),
        .line_comments = HDRCHECK__STRS("#", "//"),
        .block_comments = c_block,
    },
    {
        .name = "Bicep",
        .extensions = HDRCHECK__STRS("bicep"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "Nix",
        .extensions = HDRCHECK__STRS("nix"),
        .line_comments = hash_line,
        .block_comments = c_block,
    },
    {
        .name = "Jsonnet",
        .extensions = HDRCHECK__STRS("jsonnet", "libsonnet"),
        .line_comments = HDRCHECK__STRS("//", "#"),
        .block_comments = c_block,
    },
    {
        .name = "CUE",
        .extensions = HDRCHECK__STRS("cue"),
        .line_comments = slash_line,
    },
    {
        .name = "Rego",
        .extensions = HDRCHECK__STRS("rego"),
        .line_comments = hash_line,
    },
    {
        .name = "Puppet",
        .extensions = HDRCHECK__STRS("pp"),
        .filenames = HDRCHECK__STRS("Puppetfile"),
        .line_comments = hash_line,
        .block_comments = c_block,
    },
    {
        .name = "Salt",
        .extensions = HDRCHECK__STRS("sls"),
        .line_comments = hash_line,
    },
    {
        .name = "Procfile",
        .filenames = HDRCHECK__STRS("Procfile"),
        .line_comments = hash_line,
    },
    {
        .name = "Caddyfile",
        .filenames = HDRCHECK__STRS("Caddyfile"),
        .line_comments = hash_line,
    },
    {
        .name = "Nginx",
        .extensions = HDRCHECK__STRS("nginx", "nginxconf"),
        .filenames = HDRCHECK__STRS("nginx.conf"),
        .line_comments = hash_line,
    },
    {
        .name = "Apache Config",
        .filenames = HDRCHECK__STRS(".htaccess", "httpd.conf", "apache2.conf"),
        .line_comments = hash_line,
    },
    {
        .name = "JSON5",
        .extensions = HDRCHECK__STRS("json5"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "JSON with Comments",
        .extensions = HDRCHECK__STRS("jsonc", "code-workspace"),
        .filenames = HDRCHECK__STRS("devcontainer.json", ".devcontainer.json"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },

    /* Interface definitions and schemas. */
    {
        .name = "Protocol Buffers",
        .extensions = HDRCHECK__STRS("proto"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "Protocol Buffers Text",
        .extensions = HDRCHECK__STRS("textproto", "txtpb", "pbtxt"),
        .line_comments = hash_line,
    },
    {
        .name = "Thrift",
        .extensions = HDRCHECK__STRS("thrift"),
        .line_comments = HDRCHECK__STRS("//", "#"),
        .block_comments = c_block,
    },
    {
        .name = "Cap'n Proto",
        .extensions = HDRCHECK__STRS("capnp"),
        .line_comments = hash_line,
    },
    {
        .name = "FlatBuffers",
        .extensions = HDRCHECK__STRS("fbs"),
        .line_comments = slash_line,
    },
    {
        .name = "Avro IDL",
        .extensions = HDRCHECK__STRS("avdl"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "Smithy",
        .extensions = HDRCHECK__STRS("smithy"),
        .line_comments = slash_line,
    },
    {
        .name = "GraphQL",
        .extensions = HDRCHECK__STRS("graphql", "gql", "graphqls"),
        .line_comments = hash_line,
    },
    {
        .name = "Prisma",
        .extensions = HDRCHECK__STRS("prisma"),
        .line_comments = slash_line,
    },
    {
        .name = "SQL",
        .extensions = HDRCHECK__STRS("sql", "ddl", "pgsql", "hql"),
        .line_comments = dash_line,
        .block_comments = c_block,
    },
    {
        .name = "QML",
        .extensions = HDRCHECK__STRS("qml"),
        .line_comments = slash_line,
        .block_comments = c_block,
    },
    {
        .name = "Graphviz",
        .extensions = HDRCHECK__STRS("dot", "gv"),
        .line_comments = HDRCHECK__STRS("//", "#"),
        .block_comments = c_block,
    },
    {
        .name = "PlantUML",
        .extensions = HDRCHECK__STRS("puml", "plantuml", "iuml"),
        .line_comments = HDRCHECK__STRS("'"),
        .block_comments = HDRCHECK__BLOCKS({"/'", "'/"}),
        .preambles = HDRCHECK_PRE_STARTUML,
    },

    /* Documents. */
    {
        .name = "Markdown",
        .extensions =
            HDRCHECK__STRS("md", "markdown", "mkd", "mkdn", "mdown", "mdwn"),
        .block_comments = xml_block,
        .preambles = HDRCHECK_PRE_FRONT_MATTER,
    },
    {
        /* MDX 2 rejects HTML comments; MDX 1 took them. */
        .name = "MDX",
        .extensions = HDRCHECK__STRS("mdx"),
        .block_comments = HDRCHECK__BLOCKS({"{/*", "*/}"}, {"<!--", "-->"}),
        .preambles = HDRCHECK_PRE_FRONT_MATTER,
    },
    {
        .name = "reStructuredText",
        .extensions = HDRCHECK__STRS("rst", "rest"),
        .line_comments = HDRCHECK__STRS(".."),
        .indented_comments = HDRCHECK__STRS(".."),
    },
    {
        .name = "AsciiDoc",
        .extensions = HDRCHECK__STRS("adoc", "asciidoc"),
        .line_comments = slash_line,
        .block_comments = HDRCHECK__BLOCKS({"////", "////"}),
    },
    {
        .name = "Org",
        .extensions = HDRCHECK__STRS("org"),
        .line_comments = hash_line,
    },
    {
        .name = "TeX",
        .extensions = HDRCHECK__STRS("tex", "ltx", "sty", "cls", "dtx", "ins",
                                     "bib", "bbx", "cbx"),
        .line_comments = percent_line,
    },
    {
        .name = "Gherkin",
        .extensions = HDRCHECK__STRS("feature"),
        .line_comments = hash_line,
    },
    {
        .name = "Gettext",
        .extensions = HDRCHECK__STRS("po", "pot"),
        .line_comments = hash_line,
    },

    /* Data that cannot hold a comment. */
    {
        .name = "Lock File",
        .filenames = HDRCHECK__STRS(
            "Cargo.lock", "poetry.lock", "Pipfile.lock", "yarn.lock",
            "pnpm-lock.yaml", "composer.lock", "Gemfile.lock", "Podfile.lock",
            "go.sum", "go.work.sum", "package-lock.json", "npm-shrinkwrap.json",
            "flake.lock", "uv.lock", "pdm.lock", "packages.lock.json",
            "Package.resolved"),
        .no_comments = 1,
    },
    {
        .name = "JSON",
        .extensions = HDRCHECK__STRS("json", "geojson", "topojson",
                                     "webmanifest", "har", "avsc"),
        .filenames = HDRCHECK__STRS(".babelrc"),
        .no_comments = 1,
    },
    {
        .name = "JSON Lines",
        .extensions = HDRCHECK__STRS("jsonl", "ndjson"),
        .no_comments = 1,
    },
    {
        .name = "Jupyter Notebook",
        .extensions = HDRCHECK__STRS("ipynb"),
        .no_comments = 1,
    },
    {
        .name = "Source Map",
        .extensions = HDRCHECK__STRS("map"),
        .no_comments = 1,
    },
    {
        .name = "CSV",
        .extensions = HDRCHECK__STRS("csv"),
        .no_comments = 1,
    },
    {
        .name = "TSV",
        .extensions = HDRCHECK__STRS("tsv"),
        .no_comments = 1,
    },
    {
        .name = "Diff",
        .extensions = HDRCHECK__STRS("patch", "diff"),
        .no_comments = 1,
    },
    {
        .name = "Plain Text",
        .extensions = HDRCHECK__STRS("txt", "text"),
        .no_comments = 1,
    },
};

const size_t hdrcheck__languages_count =
    sizeof(hdrcheck__languages) / sizeof(hdrcheck__languages[0]);

#undef HDRCHECK__STRS
#undef HDRCHECK__BLOCKS
