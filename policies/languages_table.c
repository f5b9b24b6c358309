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
 * The built-in file types, written by scripts/gen-languages.py from
 * GitHub Linguist 7.22.1 (languages.json: extensions, file names,
 * interpreters) and data/languages.conf (comment syntax, preambles, and
 * which type an ambiguous name belongs to). Change those and run the
 * script; a hand edit here is lost at the next run, and the test
 * languages_table_fresh fails while the two disagree.
 *
 * Every extension, file name and interpreter is listed once (the script
 * resolves the names several languages share, and the data file says
 * why), so the order below is the data file's, not a tie-break.
 * Extensions are lower case, without the leading dot, and may span dots
 * ("d.ts"); file names are exact.
 */

#include "policies/filetypes.h"

/* clang-format off */

#define HDRCHECK__STRS(...) ((const char *const[]){__VA_ARGS__, NULL})
#define HDRCHECK__BLOCKS(...)                                                  \
	((const hdrcheck_block_comment[]){__VA_ARGS__, {NULL, NULL}})
#define HDRCHECK__LANGS(...)                                                   \
	((const hdrcheck_language *const[]){__VA_ARGS__, NULL})

/* Linguist's version the table was generated from. */
const char hdrcheck__languages_source[] = "github-linguist 7.22.1";

/* Laid out by the script; clang-format leaves it so (a reformat would
 * make the table stale). */
const hdrcheck_language hdrcheck__languages[] = {
    {
        .name = "C",
        .extensions = HDRCHECK__STRS("c", "cats", "h", "idc", "h.in"),
        .interpreters = HDRCHECK__STRS("tcc"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_GUARD,
    },
    {
        .name = "C++",
        .extensions = HDRCHECK__STRS("cpp", "c++", "cc", "cp", "cxx", "h++",
            "hh", "hpp", "hxx", "inl", "ino", "ipp", "ixx", "tcc", "tpp",
            "cppm"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_GUARD,
    },
    {
        .name = "Objective-C",
        .extensions = HDRCHECK__STRS("m", "mm"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_GUARD,
    },
    {
        .name = "C#",
        .extensions = HDRCHECK__STRS("cs", "cake", "csx", "linq"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_REGION,
    },
    {
        .name = "CUDA",
        .extensions = HDRCHECK__STRS("cu", "cuh"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "OpenCL",
        .extensions = HDRCHECK__STRS("cl", "opencl"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Metal",
        .extensions = HDRCHECK__STRS("metal"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "GLSL",
        .extensions = HDRCHECK__STRS("glsl", "fp", "frag", "frg", "fsh",
            "fshader", "geo", "geom", "glslf", "glslv", "gs", "gshader",
            "rchit", "rmiss", "shader", "tesc", "tese", "vert", "vrx", "vsh",
            "vshader", "comp"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "HLSL",
        .extensions = HDRCHECK__STRS("hlsl", "cginc", "fx", "fxh", "hlsli"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "WGSL",
        .extensions = HDRCHECK__STRS("wgsl"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Device Tree",
        .extensions = HDRCHECK__STRS("dts", "dtsi", "dtso"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Linker Script",
        .extensions = HDRCHECK__STRS("ld", "lds", "x"),
        .filenames = HDRCHECK__STRS("ld.script"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Java",
        .extensions = HDRCHECK__STRS("java", "jav", "jsh"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_PACKAGE,
    },
    {
        .name = "Kotlin",
        .extensions = HDRCHECK__STRS("kt", "ktm", "kts"),
        .interpreters = HDRCHECK__STRS("kotlin"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_PACKAGE,
    },
    {
        .name = "Gradle Kotlin DSL",
        .extensions = HDRCHECK__STRS("gradle.kts"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Scala",
        .extensions = HDRCHECK__STRS("scala", "kojo", "sc"),
        .interpreters = HDRCHECK__STRS("scala"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_PACKAGE,
    },
    {
        .name = "SBT",
        .extensions = HDRCHECK__STRS("sbt"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Groovy",
        .extensions = HDRCHECK__STRS("groovy", "grt", "gtpl", "gvy", "gy",
            "gsh", "gradle"),
        .filenames = HDRCHECK__STRS("Jenkinsfile"),
        .interpreters = HDRCHECK__STRS("groovy"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_PACKAGE,
    },
    {
        .name = "Visual Basic .NET",
        .extensions = HDRCHECK__STRS("vb", "vbhtml", "bas"),
        .line_comments = HDRCHECK__STRS("'"),
    },
    {
        .name = "VBScript",
        .extensions = HDRCHECK__STRS("vbs"),
        .line_comments = HDRCHECK__STRS("'"),
    },
    {
        .name = "Go",
        .extensions = HDRCHECK__STRS("go"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_PACKAGE,
    },
    {
        .name = "Go Module",
        .filenames = HDRCHECK__STRS("go.mod", "go.work"),
        .line_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "Rust",
        .extensions = HDRCHECK__STRS("rs", "rs.in"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Swift",
        .extensions = HDRCHECK__STRS("swift"),
        .interpreters = HDRCHECK__STRS("swift"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
        .first_lines = HDRCHECK__STRS("// swift-tools-version",
            "//swift-tools-version"),
    },
    {
        .name = "Dart",
        .extensions = HDRCHECK__STRS("dart"),
        .interpreters = HDRCHECK__STRS("dart"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "D",
        .extensions = HDRCHECK__STRS("d", "di"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}, {"/+", "+/"}),
        .first_lines = HDRCHECK__STRS("/+ dub.sdl:", "/+ dub.json:",
            "/+dub.sdl:", "/+dub.json:"),
    },
    {
        .name = "Zig",
        .extensions = HDRCHECK__STRS("zig", "zon"),
        .line_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "Nim",
        .extensions = HDRCHECK__STRS("nim", "nim.cfg", "nimble", "nimrod",
            "nims"),
        .filenames = HDRCHECK__STRS("nim.cfg"),
        .line_comments = HDRCHECK__STRS("#"),
        .block_comments = HDRCHECK__BLOCKS({"#[", "]#"}),
    },
    {
        .name = "Crystal",
        .extensions = HDRCHECK__STRS("cr"),
        .interpreters = HDRCHECK__STRS("crystal"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Odin",
        .extensions = HDRCHECK__STRS("odin"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Vala",
        .extensions = HDRCHECK__STRS("vala", "vapi"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Haxe",
        .extensions = HDRCHECK__STRS("hx", "hxsl"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "ActionScript",
        .extensions = HDRCHECK__STRS("as"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Solidity",
        .extensions = HDRCHECK__STRS("sol"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Mojo",
        .extensions = HDRCHECK__STRS("mojo"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Assembly",
        .extensions = HDRCHECK__STRS("asm", "a51", "nasm", "s", "sx", "x68"),
        .line_comments = HDRCHECK__STRS(";", "#", "//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "LLVM IR",
        .extensions = HDRCHECK__STRS("ll"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "WebAssembly Text",
        .extensions = HDRCHECK__STRS("wast", "wat"),
        .line_comments = HDRCHECK__STRS(";;"),
        .block_comments = HDRCHECK__BLOCKS({"(;", ";)"}),
    },
    {
        .name = "Fortran",
        .extensions = HDRCHECK__STRS("f", "f77", "for", "fpp"),
        .line_comments = HDRCHECK__STRS("!"),
        .column1_comments = HDRCHECK__STRS("C", "c", "*"),
    },
    {
        .name = "Fortran Free Form",
        .extensions = HDRCHECK__STRS("f90", "f03", "f08", "f95", "ftn"),
        .line_comments = HDRCHECK__STRS("!"),
    },
    {
        .name = "COBOL",
        .extensions = HDRCHECK__STRS("cob", "cbl", "ccp", "cobol", "cpy"),
        .line_comments = HDRCHECK__STRS("*>"),
    },
    {
        .name = "Pascal",
        .extensions = HDRCHECK__STRS("pas", "dfm", "dpr", "lpr", "pascal"),
        .interpreters = HDRCHECK__STRS("instantfpc"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"{", "}"}, {"(*", "*)"}),
        .preambles = HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_PACKAGE,
    },
    {
        .name = "Ada",
        .extensions = HDRCHECK__STRS("adb", "ada", "ads"),
        .line_comments = HDRCHECK__STRS("--"),
    },
    {
        .name = "VHDL",
        .extensions = HDRCHECK__STRS("vhdl", "vhd", "vhf", "vhi", "vho", "vhs",
            "vht", "vhw"),
        .line_comments = HDRCHECK__STRS("--"),
    },
    {
        .name = "Verilog",
        .extensions = HDRCHECK__STRS("v", "veo", "sv", "svh", "vh"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "JavaScript",
        .extensions = HDRCHECK__STRS("js", "_js", "bones", "cjs", "es6", "jake",
            "javascript", "jsb", "jscad", "jsfl", "jslib", "jsm", "jspre",
            "jss", "jsx", "mjs", "njs", "pac", "sjs", "ssjs", "xsjs",
            "xsjslib"),
        .filenames = HDRCHECK__STRS("Jakefile"),
        .interpreters = HDRCHECK__STRS("chakra", "d8", "gjs", "js", "node",
            "nodejs", "qjs", "rhino", "v8", "v8-shell", "bun", "deno"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_DIRECTIVE,
    },
    {
        .name = "TypeScript",
        .extensions = HDRCHECK__STRS("ts", "cts", "mts", "d.ts", "d.mts",
            "d.cts", "tsx"),
        .interpreters = HDRCHECK__STRS("ts-node", "tsx"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_DIRECTIVE,
    },
    {
        .name = "CoffeeScript",
        .extensions = HDRCHECK__STRS("coffee", "_coffee", "cjsx", "iced",
            "cson"),
        .filenames = HDRCHECK__STRS("Cakefile"),
        .interpreters = HDRCHECK__STRS("coffee"),
        .line_comments = HDRCHECK__STRS("#"),
        .block_comments = HDRCHECK__BLOCKS({"###", "###"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "ReScript",
        .extensions = HDRCHECK__STRS("res", "resi"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Reason",
        .extensions = HDRCHECK__STRS("re", "rei"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "CSS",
        .extensions = HDRCHECK__STRS("css"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_PACKAGE,
    },
    {
        .name = "SCSS",
        .extensions = HDRCHECK__STRS("scss"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_PACKAGE,
    },
    {
        .name = "Sass",
        .extensions = HDRCHECK__STRS("sass"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .indented_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "Less",
        .extensions = HDRCHECK__STRS("less"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_PACKAGE,
    },
    {
        .name = "Stylus",
        .extensions = HDRCHECK__STRS("styl"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "HTML",
        .extensions = HDRCHECK__STRS("html", "hta", "htm", "html.hl", "shtml"),
        .block_comments =
            HDRCHECK__BLOCKS({"<!--", "-->"}, {"{#", "#}"}, {"{% comment %}", "{% endcomment %}"}),
        .preambles =
            HDRCHECK_PRE_DOCTYPE |
            HDRCHECK_PRE_FRONT_MATTER |
            HDRCHECK_PRE_ROOT_TAG,
    },
    {
        .name = "XHTML",
        .extensions = HDRCHECK__STRS("xhtml", "xht"),
        .block_comments = HDRCHECK__BLOCKS({"<!--", "-->"}),
        .preambles =
            HDRCHECK_PRE_XML |
            HDRCHECK_PRE_DOCTYPE |
            HDRCHECK_PRE_ROOT_TAG,
    },
    {
        .name = "XML",
        .extensions = HDRCHECK__STRS("xml", "adml", "admx", "ant", "axaml",
            "axml", "builds", "ccproj", "ccxml", "clixml", "cproject", "cscfg",
            "csdef", "csl", "csproj", "ct", "depproj", "dita", "ditamap",
            "ditaval", "dll.config", "dotsettings", "fsproj", "fxml", "glade",
            "gml", "gmx", "grxml", "hzp", "iml", "ivy", "jelly", "jsproj",
            "kml", "launch", "mdpolicy", "mjml", "mxml", "natvis", "ndproj",
            "nproj", "nuspec", "odd", "osm", "pkgproj", "proj", "props",
            "ps1xml", "psc1", "pt", "qhelp", "rdf", "resx", "rss", "scxml",
            "sfproj", "shproj", "srdf", "storyboard", "sublime-snippet",
            "targets", "tml", "ui", "urdf", "ux", "vbproj", "vcxproj",
            "vsixmanifest", "vssettings", "vstemplate", "vxml", "wixproj",
            "wsdl", "wxi", "wxl", "wxs", "x3d", "xacro", "xaml", "xib", "xlf",
            "xliff", "xmi", "xml.dist", "xmp", "xproj", "xsd", "xspec", "xul",
            "zcml", "xsl", "dtd", "pom", "atom", "gpx", "jrxml", "tld", "rng",
            "plist", "sttheme", "tmcommand", "tmlanguage", "tmpreferences",
            "tmsnippet", "tmtheme", "svg", "xslt", "owl"),
        .filenames = HDRCHECK__STRS(".classpath", ".cproject", ".project",
            "App.config", "NuGet.config", "Settings.StyleCop",
            "Web.Debug.config", "Web.Release.config", "Web.config",
            "packages.config"),
        .block_comments = HDRCHECK__BLOCKS({"<!--", "-->"}),
        .preambles =
            HDRCHECK_PRE_XML |
            HDRCHECK_PRE_DOCTYPE |
            HDRCHECK_PRE_ROOT_TAG,
    },
    {
        .name = "Vue",
        .extensions = HDRCHECK__STRS("vue"),
        .block_comments = HDRCHECK__BLOCKS({"<!--", "-->"}),
        .preambles = HDRCHECK_PRE_ROOT_TAG,
    },
    {
        .name = "Svelte",
        .extensions = HDRCHECK__STRS("svelte"),
        .block_comments = HDRCHECK__BLOCKS({"<!--", "-->"}),
        .preambles = HDRCHECK_PRE_ROOT_TAG,
    },
    {
        .name = "PHP",
        .extensions = HDRCHECK__STRS("php", "aw", "ctp", "inc", "php3", "php4",
            "php5", "phps", "phtml"),
        .filenames = HDRCHECK__STRS(".php", ".php_cs", ".php_cs.dist",
            "Phakefile"),
        .interpreters = HDRCHECK__STRS("php"),
        .line_comments = HDRCHECK__STRS("//", "#"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_PHP,
    },
    {
        .name = "HTML+ERB",
        .extensions = HDRCHECK__STRS("erb.deface", "rhtml", "html.erb"),
        .block_comments = HDRCHECK__BLOCKS({"<%#", "%>"}, {"<!--", "-->"}),
    },
    {
        .name = "ERB",
        .extensions = HDRCHECK__STRS("erb"),
        .block_comments = HDRCHECK__BLOCKS({"<%#", "%>"}),
    },
    {
        .name = "FreeMarker",
        .block_comments = HDRCHECK__BLOCKS({"<#--", "-->"}),
    },
    {
        .name = "Jinja",
        .extensions = HDRCHECK__STRS("jinja", "j2", "jinja2", "njk"),
        .block_comments = HDRCHECK__BLOCKS({"{#", "#}"}),
    },
    {
        .name = "Twig",
        .extensions = HDRCHECK__STRS("twig"),
        .block_comments = HDRCHECK__BLOCKS({"{#", "#}"}),
    },
    {
        .name = "Handlebars",
        .extensions = HDRCHECK__STRS("handlebars", "hbs", "mustache"),
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
        .extensions = HDRCHECK__STRS("jade", "pug"),
        .line_comments = HDRCHECK__STRS("//-", "//"),
        .indented_comments = HDRCHECK__STRS("//-", "//"),
    },
    {
        .name = "Haml",
        .extensions = HDRCHECK__STRS("haml", "haml.deface"),
        .line_comments = HDRCHECK__STRS("-#"),
        .indented_comments = HDRCHECK__STRS("-#"),
    },
    {
        .name = "Slim",
        .extensions = HDRCHECK__STRS("slim"),
        .line_comments = HDRCHECK__STRS("/"),
        .indented_comments = HDRCHECK__STRS("/"),
    },
    {
        .name = "Python",
        .extensions = HDRCHECK__STRS("py", "gyp", "gypi", "lmi", "py3", "pyde",
            "pyi", "pyp", "pyt", "pyw", "smk", "tac", "wsgi", "xpy", "pyx",
            "pxd", "pxi", "numpy", "numpyw", "numsc"),
        .filenames = HDRCHECK__STRS(".gclient", "DEPS", "SConscript",
            "SConstruct", "Snakefile", "wscript"),
        .interpreters = HDRCHECK__STRS("python", "python2", "python3", "pypy",
            "pypy3"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles =
            HDRCHECK_PRE_SHEBANG |
            HDRCHECK_PRE_MAGIC |
            HDRCHECK_PRE_DOCSTRING,
    },
    {
        .name = "Ruby",
        .extensions = HDRCHECK__STRS("rb", "builder", "eye", "gemspec", "god",
            "jbuilder", "mspec", "podspec", "prawn", "rabl", "rake", "rbi",
            "rbuild", "rbw", "rbx", "ru", "ruby", "thor", "watchr"),
        .filenames = HDRCHECK__STRS(".irbrc", ".pryrc", ".simplecov",
            "Appraisals", "Berksfile", "Brewfile", "Buildfile", "Capfile",
            "Dangerfile", "Deliverfile", "Fastfile", "Gemfile", "Guardfile",
            "Jarfile", "Mavenfile", "Podfile", "Rakefile", "Snapfile",
            "Steepfile", "Thorfile", "Vagrantfile", "buildfile", "Appfile"),
        .interpreters = HDRCHECK__STRS("ruby", "macruby", "rake", "jruby",
            "rbx", "truffleruby"),
        .line_comments = HDRCHECK__STRS("#"),
        .block_comments = HDRCHECK__BLOCKS({"=begin", "=end"}),
        .preambles = HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_MAGIC,
    },
    {
        .name = "Perl",
        .extensions = HDRCHECK__STRS("pl", "perl", "ph", "plx", "pm", "psgi",
            "t"),
        .filenames = HDRCHECK__STRS("Makefile.PL", "Rexfile", "ack",
            "cpanfile"),
        .interpreters = HDRCHECK__STRS("cperl", "perl"),
        .line_comments = HDRCHECK__STRS("#"),
        .block_comments =
            HDRCHECK__BLOCKS({"=pod", "=cut"}, {"=head1", "=cut"}, {"=head2", "=cut"}, {"=encoding", "=cut"}, {"=begin", "=cut"}, {"=for", "=cut"}, {"=over", "=cut"}),
        .preambles = HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_PACKAGE,
    },
    {
        .name = "Raku",
        .extensions = HDRCHECK__STRS("6pl", "6pm", "nqp", "p6", "p6l", "p6m",
            "pl6", "pm6", "raku", "rakumod"),
        .interpreters = HDRCHECK__STRS("perl6", "raku", "rakudo"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Shell",
        .extensions = HDRCHECK__STRS("sh", "bash", "bats", "command", "ksh",
            "sh.in", "tmux", "tool", "zsh", "zsh-theme", "fish"),
        .filenames = HDRCHECK__STRS(".bash_aliases", ".bash_history",
            ".bash_logout", ".bash_profile", ".bashrc", ".cshrc", ".flaskenv",
            ".kshrc", ".login", ".profile", ".zlogin", ".zlogout", ".zprofile",
            ".zshenv", ".zshrc", "9fs", "PKGBUILD", "bash_aliases",
            "bash_logout", "bash_profile", "bashrc", "cshrc", "gradlew",
            "kshrc", "login", "man", "profile", "zlogin", "zlogout", "zprofile",
            "zshenv", "zshrc", ".envrc", "APKBUILD"),
        .interpreters = HDRCHECK__STRS("ash", "bash", "dash", "ksh", "mksh",
            "pdksh", "rc", "sh", "zsh", "bats", "fish", "openrc-run"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_SHELL_SET,
    },
    {
        .name = "PowerShell",
        .extensions = HDRCHECK__STRS("ps1", "psd1", "psm1"),
        .interpreters = HDRCHECK__STRS("pwsh", "powershell"),
        .line_comments = HDRCHECK__STRS("#"),
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
        .extensions = HDRCHECK__STRS("lua", "nse", "p8", "pd_lua", "rbxs",
            "rockspec", "wlua", "luau"),
        .filenames = HDRCHECK__STRS(".luacheckrc"),
        .interpreters = HDRCHECK__STRS("lua", "luajit"),
        .line_comments = HDRCHECK__STRS("--"),
        .block_comments = HDRCHECK__BLOCKS({"--[[", "]]"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Tcl",
        .extensions = HDRCHECK__STRS("tcl", "adp", "tcl.in", "tm", "tk",
            "itcl"),
        .filenames = HDRCHECK__STRS("owh", "starfield"),
        .interpreters = HDRCHECK__STRS("tclsh", "wish", "expect"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Awk",
        .extensions = HDRCHECK__STRS("awk", "auk", "gawk", "mawk", "nawk"),
        .interpreters = HDRCHECK__STRS("awk", "gawk", "mawk", "nawk"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Sed",
        .extensions = HDRCHECK__STRS("sed"),
        .interpreters = HDRCHECK__STRS("gsed", "minised", "sed", "ssed"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "R",
        .extensions = HDRCHECK__STRS("r", "rsx"),
        .filenames = HDRCHECK__STRS(".Rprofile", "expr-dist"),
        .interpreters = HDRCHECK__STRS("Rscript"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Julia",
        .extensions = HDRCHECK__STRS("jl"),
        .interpreters = HDRCHECK__STRS("julia"),
        .line_comments = HDRCHECK__STRS("#"),
        .block_comments = HDRCHECK__BLOCKS({"#=", "=#"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "MATLAB",
        .extensions = HDRCHECK__STRS("matlab"),
        .interpreters = HDRCHECK__STRS("octave", "octave-cli"),
        .line_comments = HDRCHECK__STRS("%", "#"),
        .block_comments = HDRCHECK__BLOCKS({"%{", "%}"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "AppleScript",
        .extensions = HDRCHECK__STRS("applescript", "scpt"),
        .interpreters = HDRCHECK__STRS("osascript"),
        .line_comments = HDRCHECK__STRS("--", "#"),
        .block_comments = HDRCHECK__BLOCKS({"(*", "*)"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "AutoHotkey",
        .extensions = HDRCHECK__STRS("ahk", "ahkl"),
        .line_comments = HDRCHECK__STRS(";"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Vim Script",
        .extensions = HDRCHECK__STRS("vim", "vba", "vimrc", "vmb"),
        .filenames = HDRCHECK__STRS(".exrc", ".gvimrc", ".nvimrc", ".vimrc",
            "_vimrc", "gvimrc", "nvimrc", "vimrc", "_gvimrc"),
        .line_comments = HDRCHECK__STRS("\""),
    },
    {
        .name = "Emacs Lisp",
        .extensions = HDRCHECK__STRS("el", "emacs", "emacs.desktop"),
        .filenames = HDRCHECK__STRS(".abbrev_defs", ".emacs", ".emacs.desktop",
            ".gnus", ".spacemacs", ".viper", "Cask", "Project.ede", "_emacs",
            "abbrev_defs"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "Haskell",
        .extensions = HDRCHECK__STRS("hs", "hs-boot", "hsc", "chs"),
        .interpreters = HDRCHECK__STRS("runghc", "runhaskell", "runhugs"),
        .line_comments = HDRCHECK__STRS("--"),
        .block_comments = HDRCHECK__BLOCKS({"{-", "-}"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Cabal",
        .extensions = HDRCHECK__STRS("cabal"),
        .filenames = HDRCHECK__STRS("cabal.config", "cabal.project"),
        .line_comments = HDRCHECK__STRS("--"),
        .first_lines = HDRCHECK__STRS("cabal-version:"),
    },
    {
        .name = "Elm",
        .extensions = HDRCHECK__STRS("elm"),
        .line_comments = HDRCHECK__STRS("--"),
        .block_comments = HDRCHECK__BLOCKS({"{-", "-}"}),
    },
    {
        .name = "PureScript",
        .extensions = HDRCHECK__STRS("purs"),
        .line_comments = HDRCHECK__STRS("--"),
        .block_comments = HDRCHECK__BLOCKS({"{-", "-}"}),
    },
    {
        .name = "Idris",
        .extensions = HDRCHECK__STRS("idr", "lidr"),
        .line_comments = HDRCHECK__STRS("--"),
        .block_comments = HDRCHECK__BLOCKS({"{-", "-}"}),
    },
    {
        .name = "Dhall",
        .extensions = HDRCHECK__STRS("dhall"),
        .line_comments = HDRCHECK__STRS("--"),
        .block_comments = HDRCHECK__BLOCKS({"{-", "-}"}),
    },
    {
        .name = "Lean",
        .extensions = HDRCHECK__STRS("lean", "hlean"),
        .line_comments = HDRCHECK__STRS("--"),
        .block_comments = HDRCHECK__BLOCKS({"/-", "-/"}),
    },
    {
        .name = "OCaml",
        .extensions = HDRCHECK__STRS("ml", "eliom", "eliomi", "ml4", "mli",
            "mll", "mly"),
        .interpreters = HDRCHECK__STRS("ocaml", "ocamlrun", "ocamlscript"),
        .block_comments = HDRCHECK__BLOCKS({"(*", "*)"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Dune",
        .filenames = HDRCHECK__STRS("dune", "dune-project", "dune-workspace"),
        .line_comments = HDRCHECK__STRS(";"),
        .block_comments = HDRCHECK__BLOCKS({"#|", "|#"}),
        .first_lines = HDRCHECK__STRS("(lang dune"),
    },
    {
        .name = "Standard ML",
        .extensions = HDRCHECK__STRS("fun", "sig", "sml"),
        .block_comments = HDRCHECK__BLOCKS({"(*", "*)"}),
    },
    {
        .name = "F#",
        .extensions = HDRCHECK__STRS("fs", "fsi", "fsx"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"(*", "*)"}),
    },
    {
        .name = "Erlang",
        .extensions = HDRCHECK__STRS("erl", "app.src", "escript", "hrl", "xrl",
            "yrl"),
        .filenames = HDRCHECK__STRS("Emakefile", "rebar.config"),
        .interpreters = HDRCHECK__STRS("escript"),
        .line_comments = HDRCHECK__STRS("%"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Elixir",
        .extensions = HDRCHECK__STRS("ex", "exs"),
        .interpreters = HDRCHECK__STRS("elixir"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Gleam",
        .extensions = HDRCHECK__STRS("gleam"),
        .line_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "Clojure",
        .extensions = HDRCHECK__STRS("clj", "bb", "boot", "cl2", "cljc", "cljs",
            "cljs.hl", "cljscm", "cljx", "hic", "edn"),
        .filenames = HDRCHECK__STRS("riemann.config"),
        .interpreters = HDRCHECK__STRS("bb"),
        .line_comments = HDRCHECK__STRS(";"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Common Lisp",
        .extensions = HDRCHECK__STRS("lisp", "asd", "lsp", "ny", "podsl",
            "sexp"),
        .interpreters = HDRCHECK__STRS("lisp", "sbcl", "ccl", "clisp", "ecl"),
        .line_comments = HDRCHECK__STRS(";"),
        .block_comments = HDRCHECK__BLOCKS({"#|", "|#"}),
        .preambles = HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_PACKAGE,
    },
    {
        .name = "Scheme",
        .extensions = HDRCHECK__STRS("scm", "sld", "sps", "ss"),
        .interpreters = HDRCHECK__STRS("scheme", "guile", "bigloo", "chicken",
            "csi", "gosh", "r6rs", "chibi-scheme"),
        .line_comments = HDRCHECK__STRS(";"),
        .block_comments = HDRCHECK__BLOCKS({"#|", "|#"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Racket",
        .extensions = HDRCHECK__STRS("rkt", "rktd", "rktl", "scrbl"),
        .interpreters = HDRCHECK__STRS("racket"),
        .line_comments = HDRCHECK__STRS(";"),
        .block_comments = HDRCHECK__BLOCKS({"#|", "|#"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Makefile",
        .extensions = HDRCHECK__STRS("mak", "make", "makefile", "mk", "mkfile"),
        .filenames = HDRCHECK__STRS("BSDmakefile", "GNUmakefile", "Kbuild",
            "Makefile", "Makefile.boot", "Makefile.frag", "Makefile.in",
            "Makefile.inc", "Makefile.wat", "makefile", "makefile.sco",
            "mkfile"),
        .interpreters = HDRCHECK__STRS("make", "gmake"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Automake",
        .extensions = HDRCHECK__STRS("am"),
        .filenames = HDRCHECK__STRS("Makefile.am"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "M4",
        .extensions = HDRCHECK__STRS("m4", "mc", "ac"),
        .filenames = HDRCHECK__STRS("configure.ac", "configure.in"),
        .line_comments = HDRCHECK__STRS("dnl", "#"),
    },
    {
        .name = "CMake",
        .extensions = HDRCHECK__STRS("cmake", "cmake.in"),
        .filenames = HDRCHECK__STRS("CMakeLists.txt"),
        .line_comments = HDRCHECK__STRS("#"),
        .block_comments = HDRCHECK__BLOCKS({"#[[", "]]"}),
    },
    {
        .name = "Starlark",
        .extensions = HDRCHECK__STRS("bzl", "star", "bazel"),
        .filenames = HDRCHECK__STRS("BUCK", "BUILD", "BUILD.bazel", "Tiltfile",
            "WORKSPACE", "WORKSPACE.bazel", "MODULE.bazel"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Meson",
        .filenames = HDRCHECK__STRS("meson.build", "meson_options.txt",
            "meson.options"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Ninja",
        .extensions = HDRCHECK__STRS("ninja"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "GN",
        .extensions = HDRCHECK__STRS("gn", "gni"),
        .filenames = HDRCHECK__STRS(".gn"),
        .interpreters = HDRCHECK__STRS("gn"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "qmake",
        .extensions = HDRCHECK__STRS("pro", "pri", "prf"),
        .interpreters = HDRCHECK__STRS("qmake"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Kconfig",
        .filenames = HDRCHECK__STRS("Kconfig"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "RPM Spec",
        .extensions = HDRCHECK__STRS("spec"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Dockerfile",
        .extensions = HDRCHECK__STRS("dockerfile", "containerfile"),
        .filenames = HDRCHECK__STRS("Containerfile", "Dockerfile"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_DOCKER,
    },
    {
        .name = "YAML",
        .extensions = HDRCHECK__STRS("yml", "mir", "reek", "rviz",
            "sublime-syntax", "syntax", "yaml", "yaml-tmlanguage", "yaml.sed",
            "yml.mysql"),
        .filenames = HDRCHECK__STRS(".clang-format", ".clang-tidy", ".gemrc",
            "CITATION.cff", "_clang-format", ".yamllint"),
        .line_comments = HDRCHECK__STRS("#"),
        .block_comments =
            HDRCHECK__BLOCKS({"{{/*", "*/}}"}, {"{{- /*", "*/ -}}"}),
        .preambles = HDRCHECK_PRE_YAML_START,
    },
    {
        .name = "TOML",
        .extensions = HDRCHECK__STRS("toml"),
        .filenames = HDRCHECK__STRS("Pipfile"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "INI",
        .extensions = HDRCHECK__STRS("ini", "cfg", "dof", "lektorproject",
            "prefs", "url", "conf", "cnf", "gitconfig"),
        .filenames = HDRCHECK__STRS(".coveragerc", ".flake8", ".pylintrc",
            "buildozer.spec", "pylintrc", ".pypirc", ".hgrc", ".codespellrc",
            ".gitconfig", ".gitmodules", ".npmrc", ".wgetrc", ".curlrc",
            "_curlrc"),
        .line_comments = HDRCHECK__STRS("#", ";"),
    },
    {
        .name = "Java Properties",
        .extensions = HDRCHECK__STRS("properties"),
        .line_comments = HDRCHECK__STRS("#", "!"),
    },
    {
        .name = "systemd Unit",
        .extensions = HDRCHECK__STRS("service", "socket", "timer", "mount",
            "automount", "slice", "swap", "network", "netdev"),
        .line_comments = HDRCHECK__STRS("#", ";"),
    },
    {
        .name = "Env File",
        .extensions = HDRCHECK__STRS("env", "env.example", "env.sample",
            "env.template", "env.dist", "env.local", "env.development",
            "env.production", "env.test"),
        .filenames = HDRCHECK__STRS(".env"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Ignore List",
        .extensions = HDRCHECK__STRS("gitignore"),
        .filenames = HDRCHECK__STRS(".atomignore", ".babelignore", ".bzrignore",
            ".coffeelintignore", ".cvsignore", ".dockerignore",
            ".eleventyignore", ".eslintignore", ".gitignore",
            ".markdownlintignore", ".nodemonignore", ".npmignore",
            ".prettierignore", ".stylelintignore", ".vercelignore",
            ".vscodeignore", "gitignore-global", "gitignore_global",
            ".gitattributes", ".hgignore", ".helmignore", ".gcloudignore",
            ".mailmap", ".git-blame-ignore-revs", "CODEOWNERS"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Pip Requirements",
        .filenames = HDRCHECK__STRS("requirements.txt", "requirements.in",
            "requirements-dev.txt", "requirements-test.txt",
            "dev-requirements.txt", "test-requirements.txt", "constraints.txt"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "HCL",
        .extensions = HDRCHECK__STRS("hcl", "nomad", "tf", "tfvars"),
        .line_comments = HDRCHECK__STRS("#", "//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Bicep",
        .extensions = HDRCHECK__STRS("bicep"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Nix",
        .extensions = HDRCHECK__STRS("nix"),
        .line_comments = HDRCHECK__STRS("#"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Jsonnet",
        .extensions = HDRCHECK__STRS("jsonnet", "libsonnet"),
        .line_comments = HDRCHECK__STRS("//", "#"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "CUE",
        .extensions = HDRCHECK__STRS("cue"),
        .line_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "Rego",
        .extensions = HDRCHECK__STRS("rego"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Puppet",
        .extensions = HDRCHECK__STRS("pp"),
        .filenames = HDRCHECK__STRS("Modulefile", "Puppetfile"),
        .line_comments = HDRCHECK__STRS("#"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Salt",
        .extensions = HDRCHECK__STRS("sls"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Procfile",
        .filenames = HDRCHECK__STRS("Procfile"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Caddyfile",
        .filenames = HDRCHECK__STRS("Caddyfile"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Nginx",
        .extensions = HDRCHECK__STRS("nginx", "nginxconf", "vhost"),
        .filenames = HDRCHECK__STRS("nginx.conf"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Apache Config",
        .extensions = HDRCHECK__STRS("apacheconf"),
        .filenames = HDRCHECK__STRS(".htaccess", "apache2.conf", "httpd.conf"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "JSON5",
        .extensions = HDRCHECK__STRS("json5"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "JSON with Comments",
        .extensions = HDRCHECK__STRS("jsonc", "code-workspace"),
        .filenames = HDRCHECK__STRS("devcontainer.json", ".devcontainer.json"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Protocol Buffers",
        .extensions = HDRCHECK__STRS("proto"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Protocol Buffers Text",
        .extensions = HDRCHECK__STRS("textproto", "pbtxt", "txtpb"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Thrift",
        .extensions = HDRCHECK__STRS("thrift"),
        .line_comments = HDRCHECK__STRS("//", "#"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Cap'n Proto",
        .extensions = HDRCHECK__STRS("capnp"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "FlatBuffers",
        .extensions = HDRCHECK__STRS("fbs"),
        .line_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "Avro IDL",
        .extensions = HDRCHECK__STRS("avdl"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Smithy",
        .extensions = HDRCHECK__STRS("smithy"),
        .line_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "RELAX NG Compact",
        .extensions = HDRCHECK__STRS("rnc"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "GraphQL",
        .extensions = HDRCHECK__STRS("graphql", "gql", "graphqls"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Prisma",
        .extensions = HDRCHECK__STRS("prisma"),
        .line_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "SQL",
        .extensions = HDRCHECK__STRS("sql", "cql", "ddl", "mysql", "prc", "tab",
            "udf", "viw", "pls", "bdy", "fnc", "pck", "pkb", "pks", "plb",
            "plsql", "spc", "tpb", "tps", "trg", "vw", "pgsql", "db2", "q",
            "hql"),
        .line_comments = HDRCHECK__STRS("--"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "QML",
        .extensions = HDRCHECK__STRS("qml", "qbs"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Graphviz",
        .extensions = HDRCHECK__STRS("dot", "gv"),
        .line_comments = HDRCHECK__STRS("//", "#"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "PlantUML",
        .extensions = HDRCHECK__STRS("puml", "iuml", "plantuml"),
        .line_comments = HDRCHECK__STRS("'"),
        .block_comments = HDRCHECK__BLOCKS({"/'", "'/"}),
        .preambles = HDRCHECK_PRE_STARTUML,
    },
    {
        .name = "Markdown",
        .extensions = HDRCHECK__STRS("md", "livemd", "markdown", "mdown",
            "mdwn", "mkd", "mkdn", "mkdown", "ronn", "workbook"),
        .filenames = HDRCHECK__STRS("contents.lr"),
        .block_comments = HDRCHECK__BLOCKS({"<!--", "-->"}),
        .preambles = HDRCHECK_PRE_FRONT_MATTER | HDRCHECK_PRE_TITLE,
    },
    {
        .name = "MDX",
        .extensions = HDRCHECK__STRS("mdx"),
        .block_comments = HDRCHECK__BLOCKS({"{/*", "*/}"}, {"<!--", "-->"}),
        .preambles = HDRCHECK_PRE_FRONT_MATTER | HDRCHECK_PRE_TITLE,
    },
    {
        .name = "reStructuredText",
        .extensions = HDRCHECK__STRS("rst", "rest", "rest.txt", "rst.txt"),
        .line_comments = HDRCHECK__STRS(".."),
        .preambles = HDRCHECK_PRE_TITLE,
        .indented_comments = HDRCHECK__STRS(".."),
    },
    {
        .name = "AsciiDoc",
        .extensions = HDRCHECK__STRS("asciidoc", "adoc", "adoc.ftl"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"////", "////"}),
        .preambles = HDRCHECK_PRE_TITLE,
    },
    {
        .name = "Org",
        .extensions = HDRCHECK__STRS("org"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "TeX",
        .extensions = HDRCHECK__STRS("tex", "aux", "bbx", "cbx", "cls", "dtx",
            "ins", "lbx", "ltx", "mkii", "mkiv", "mkvi", "sty", "toc", "bib",
            "bibtex"),
        .line_comments = HDRCHECK__STRS("%"),
    },
    {
        .name = "Gherkin",
        .extensions = HDRCHECK__STRS("feature", "story"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Gettext",
        .extensions = HDRCHECK__STRS("po", "pot"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Go Template",
        .extensions = HDRCHECK__STRS("gotmpl"),
        .filenames = HDRCHECK__STRS("_helpers.tpl"),
        .block_comments =
            HDRCHECK__BLOCKS({"{{/*", "*/}}"}, {"{{- /*", "*/ -}}"}),
    },
    {
        .name = "Text (# comments)",
        .extensions = HDRCHECK__STRS("cf"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Text (C comments)",
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Text (; comments)",
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "Text (-- comments)",
        .line_comments = HDRCHECK__STRS("--"),
    },
    {
        .name = "Text (% comments)",
        .line_comments = HDRCHECK__STRS("%"),
    },
    {
        .name = "Java Service Provider",
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "APT",
        .extensions = HDRCHECK__STRS("apt"),
        .line_comments = HDRCHECK__STRS("~~"),
    },
    {
        .name = "Lock File",
        .filenames = HDRCHECK__STRS("Cargo.lock", "poetry.lock", "Pipfile.lock",
            "yarn.lock", "pnpm-lock.yaml", "composer.lock", "Gemfile.lock",
            "Podfile.lock", "go.sum", "go.work.sum", "package-lock.json",
            "npm-shrinkwrap.json", "flake.lock", "uv.lock", "pdm.lock",
            "packages.lock.json", "Package.resolved", "Gopkg.lock",
            "glide.lock", "mix.lock", "rebar.lock", "rebar.config.lock"),
        .no_comments = 1,
    },
    {
        .name = "JSON",
        .extensions = HDRCHECK__STRS("json", "4dform", "4dproject", "avsc",
            "geojson", "gltf", "har", "json-tmlanguage", "mcmeta", "tfstate",
            "tfstate.backup", "topojson", "webapp", "webmanifest", "yyp",
            "jsonld"),
        .filenames = HDRCHECK__STRS(".arcconfig", ".auto-changelog", ".c8rc",
            ".htmlhintrc", ".imgbotconfig", ".nycrc", ".tern-config",
            ".tern-project", ".watchmanconfig", "mcmod.info", ".babelrc"),
        .no_comments = 1,
    },
    {
        .name = "Ninja Log",
        .filenames = HDRCHECK__STRS(".ninja_log"),
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
        .name = "CSV (# comments)",
        .line_comments = HDRCHECK__STRS("#"),
        .word_comments = 1,
    },
    {
        .name = "Diff",
        .extensions = HDRCHECK__STRS("diff", "patch"),
        .no_comments = 1,
    },
    {
        .name = "Plain Text",
        .extensions = HDRCHECK__STRS("txt", "text"),
        .preambles = HDRCHECK_PRE_TITLE,
        .no_comments = 1,
    },
    {
        .name = "1C Enterprise",
        .extensions = HDRCHECK__STRS("bsl", "os"),
        .line_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "ABAP",
        .extensions = HDRCHECK__STRS("abap"),
        .line_comments = HDRCHECK__STRS("\"", "*"),
    },
    {
        .name = "ABAP CDS",
        .extensions = HDRCHECK__STRS("asddls"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "ABNF",
        .extensions = HDRCHECK__STRS("abnf"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "AGS Script",
        .extensions = HDRCHECK__STRS("ash"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "AIDL",
        .extensions = HDRCHECK__STRS("aidl"),
        .interpreters = HDRCHECK__STRS("aidl"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "AMPL",
        .extensions = HDRCHECK__STRS("ampl"),
        .line_comments = HDRCHECK__STRS("#"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "ANTLR",
        .extensions = HDRCHECK__STRS("g4"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "API Blueprint",
        .extensions = HDRCHECK__STRS("apib"),
        .block_comments = HDRCHECK__BLOCKS({"<!--", "-->"}),
    },
    {
        .name = "APL",
        .extensions = HDRCHECK__STRS("apl", "dyalog"),
        .interpreters = HDRCHECK__STRS("apl", "aplx", "dyalog"),
        .line_comments = HDRCHECK__STRS("\xE2\x8D\x9D"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "ASL",
        .extensions = HDRCHECK__STRS("asl", "dsl"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "ASN.1",
        .extensions = HDRCHECK__STRS("asn", "asn1"),
        .line_comments = HDRCHECK__STRS("--"),
    },
    {
        .name = "ASP.NET",
        .extensions = HDRCHECK__STRS("asax", "ascx", "ashx", "asmx", "aspx",
            "axd"),
        .block_comments = HDRCHECK__BLOCKS({"<%--", "--%>"}, {"<!--", "-->"}),
    },
    {
        .name = "ATS",
        .extensions = HDRCHECK__STRS("dats", "hats", "sats"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"(*", "*)"}, {"/*", "*/"}),
    },
    {
        .name = "AngelScript",
        .extensions = HDRCHECK__STRS("angelscript"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Antlers",
        .extensions = HDRCHECK__STRS("antlers.html", "antlers.php",
            "antlers.xml"),
        .block_comments = HDRCHECK__BLOCKS({"{{#", "#}}"}, {"<!--", "-->"}),
    },
    {
        .name = "Apollo Guidance Computer",
        .extensions = HDRCHECK__STRS("agc"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Arc",
        .extensions = HDRCHECK__STRS("arc"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "AspectJ",
        .extensions = HDRCHECK__STRS("aj"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Astro",
        .extensions = HDRCHECK__STRS("astro"),
        .block_comments = HDRCHECK__BLOCKS({"<!--", "-->"}),
        .preambles = HDRCHECK_PRE_FRONT_MATTER,
    },
    {
        .name = "Asymptote",
        .extensions = HDRCHECK__STRS("asy"),
        .interpreters = HDRCHECK__STRS("asy"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Augeas",
        .extensions = HDRCHECK__STRS("aug"),
        .block_comments = HDRCHECK__BLOCKS({"(*", "*)"}),
    },
    {
        .name = "AutoIt",
        .extensions = HDRCHECK__STRS("au3"),
        .line_comments = HDRCHECK__STRS(";"),
        .block_comments = HDRCHECK__BLOCKS({"#cs", "#ce"}),
    },
    {
        .name = "Ballerina",
        .extensions = HDRCHECK__STRS("bal"),
        .line_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "Beef",
        .extensions = HDRCHECK__STRS("bf"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Berry",
        .extensions = HDRCHECK__STRS("be"),
        .line_comments = HDRCHECK__STRS("#"),
        .block_comments = HDRCHECK__BLOCKS({"#-", "-#"}),
    },
    {
        .name = "Bikeshed",
        .block_comments = HDRCHECK__BLOCKS({"<!--", "-->"}),
    },
    {
        .name = "Yacc",
        .extensions = HDRCHECK__STRS("bison", "y", "yacc", "yy"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_LEX,
    },
    {
        .name = "Blade",
        .extensions = HDRCHECK__STRS("blade", "blade.php"),
        .block_comments = HDRCHECK__BLOCKS({"{{--", "--}}"}, {"<!--", "-->"}),
    },
    {
        .name = "BlitzBasic",
        .extensions = HDRCHECK__STRS("decls"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "BlitzMax",
        .extensions = HDRCHECK__STRS("bmx"),
        .line_comments = HDRCHECK__STRS("'"),
    },
    {
        .name = "Bluespec",
        .extensions = HDRCHECK__STRS("bsv"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Boo",
        .extensions = HDRCHECK__STRS("boo"),
        .line_comments = HDRCHECK__STRS("#", "//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Boogie",
        .extensions = HDRCHECK__STRS("bpl"),
        .interpreters = HDRCHECK__STRS("boogie"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "BrighterScript",
        .line_comments = HDRCHECK__STRS("'", "REM", "rem"),
    },
    {
        .name = "Brightscript",
        .extensions = HDRCHECK__STRS("brs"),
        .line_comments = HDRCHECK__STRS("'", "REM", "rem"),
    },
    {
        .name = "Browserslist",
        .filenames = HDRCHECK__STRS(".browserslistrc", "browserslist"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "CAP CDS",
        .extensions = HDRCHECK__STRS("cds"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "CLIPS",
        .extensions = HDRCHECK__STRS("clp"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "Cadence",
        .extensions = HDRCHECK__STRS("cdc"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Cairo",
        .extensions = HDRCHECK__STRS("cairo"),
        .line_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "CameLIGO",
        .extensions = HDRCHECK__STRS("mligo"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"(*", "*)"}),
    },
    {
        .name = "CartoCSS",
        .extensions = HDRCHECK__STRS("mss"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Ceylon",
        .extensions = HDRCHECK__STRS("ceylon"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Chapel",
        .extensions = HDRCHECK__STRS("chpl"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Checksums",
        .extensions = HDRCHECK__STRS("crc32", "md2", "md4", "md5", "sha1",
            "sha2", "sha224", "sha256", "sha256sum", "sha3", "sha384",
            "sha512"),
        .filenames = HDRCHECK__STRS("MD5SUMS", "SHA1SUMS", "SHA256SUMS",
            "SHA256SUMS.txt", "SHA512SUMS", "checksums.txt", "cksums",
            "md5sum.txt"),
        .no_comments = 1,
    },
    {
        .name = "ChucK",
        .extensions = HDRCHECK__STRS("ck"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Clarion",
        .extensions = HDRCHECK__STRS("clw"),
        .line_comments = HDRCHECK__STRS("!"),
    },
    {
        .name = "Clarity",
        .extensions = HDRCHECK__STRS("clar"),
        .line_comments = HDRCHECK__STRS(";;"),
    },
    {
        .name = "Clean",
        .extensions = HDRCHECK__STRS("icl", "dcl"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Click",
        .extensions = HDRCHECK__STRS("click"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Closure Templates",
        .extensions = HDRCHECK__STRS("soy"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Cloud Firestore Security Rules",
        .filenames = HDRCHECK__STRS("firestore.rules"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "CodeQL",
        .extensions = HDRCHECK__STRS("ql", "qll"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "ColdFusion",
        .extensions = HDRCHECK__STRS("cfm", "cfml"),
        .block_comments = HDRCHECK__BLOCKS({"<!---", "--->"}),
    },
    {
        .name = "ColdFusion CFC",
        .extensions = HDRCHECK__STRS("cfc"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}, {"<!---", "--->"}),
    },
    {
        .name = "Common Workflow Language",
        .extensions = HDRCHECK__STRS("cwl"),
        .interpreters = HDRCHECK__STRS("cwl-runner"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Component Pascal",
        .extensions = HDRCHECK__STRS("cps"),
        .block_comments = HDRCHECK__BLOCKS({"(*", "*)"}),
    },
    {
        .name = "Coq",
        .extensions = HDRCHECK__STRS("coq"),
        .block_comments = HDRCHECK__BLOCKS({"(*", "*)"}),
    },
    {
        .name = "Csound",
        .extensions = HDRCHECK__STRS("orc", "udo"),
        .line_comments = HDRCHECK__STRS(";", "//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Csound Score",
        .extensions = HDRCHECK__STRS("sco"),
        .line_comments = HDRCHECK__STRS(";", "//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Curry",
        .extensions = HDRCHECK__STRS("curry"),
        .line_comments = HDRCHECK__STRS("--"),
        .block_comments = HDRCHECK__BLOCKS({"{-", "-}"}),
    },
    {
        .name = "Cycript",
        .extensions = HDRCHECK__STRS("cy"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "DNS Zone",
        .extensions = HDRCHECK__STRS("zone", "arpa"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "DM",
        .extensions = HDRCHECK__STRS("dm"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "DTrace",
        .interpreters = HDRCHECK__STRS("dtrace"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Dafny",
        .extensions = HDRCHECK__STRS("dfy"),
        .interpreters = HDRCHECK__STRS("dafny"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "DataWeave",
        .extensions = HDRCHECK__STRS("dwl"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Debian Package Control File",
        .extensions = HDRCHECK__STRS("dsc"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Dylan",
        .extensions = HDRCHECK__STRS("dylan", "dyl", "intr", "lid"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "E",
        .interpreters = HDRCHECK__STRS("rune"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "EBNF",
        .extensions = HDRCHECK__STRS("ebnf"),
        .block_comments = HDRCHECK__BLOCKS({"(*", "*)"}),
    },
    {
        .name = "ECL",
        .extensions = HDRCHECK__STRS("ecl", "eclxml"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "EJS",
        .extensions = HDRCHECK__STRS("ejs", "ect", "ejs.t", "jst"),
        .block_comments = HDRCHECK__BLOCKS({"<%#", "%>"}, {"<!--", "-->"}),
    },
    {
        .name = "EQ",
        .extensions = HDRCHECK__STRS("eq"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Earthly",
        .filenames = HDRCHECK__STRS("Earthfile"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Easybuild",
        .extensions = HDRCHECK__STRS("eb"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "EditorConfig",
        .filenames = HDRCHECK__STRS(".editorconfig"),
        .line_comments = HDRCHECK__STRS("#", ";"),
    },
    {
        .name = "Edje Data Collection",
        .extensions = HDRCHECK__STRS("edc"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Eiffel",
        .line_comments = HDRCHECK__STRS("--"),
    },
    {
        .name = "EmberScript",
        .extensions = HDRCHECK__STRS("em", "emberscript"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Euphoria",
        .interpreters = HDRCHECK__STRS("eui", "euiw"),
        .line_comments = HDRCHECK__STRS("--"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "F*",
        .extensions = HDRCHECK__STRS("fst", "fsti"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"(*", "*)"}),
    },
    {
        .name = "Factor",
        .extensions = HDRCHECK__STRS("factor"),
        .filenames = HDRCHECK__STRS(".factor-boot-rc", ".factor-rc"),
        .line_comments = HDRCHECK__STRS("!"),
    },
    {
        .name = "Fancy",
        .extensions = HDRCHECK__STRS("fy", "fancypack"),
        .filenames = HDRCHECK__STRS("Fakefile"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Fantom",
        .extensions = HDRCHECK__STRS("fan"),
        .line_comments = HDRCHECK__STRS("//", "**"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Faust",
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Fennel",
        .extensions = HDRCHECK__STRS("fnl"),
        .interpreters = HDRCHECK__STRS("fennel"),
        .line_comments = HDRCHECK__STRS(";"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Forth",
        .extensions = HDRCHECK__STRS("fth", "4th", "forth", "frt"),
        .line_comments = HDRCHECK__STRS("\\"),
        .block_comments = HDRCHECK__BLOCKS({"( ", ")"}),
    },
    {
        .name = "Frege",
        .line_comments = HDRCHECK__STRS("--"),
        .block_comments = HDRCHECK__BLOCKS({"{-", "-}"}),
    },
    {
        .name = "Futhark",
        .extensions = HDRCHECK__STRS("fut"),
        .line_comments = HDRCHECK__STRS("--"),
    },
    {
        .name = "G-code",
        .extensions = HDRCHECK__STRS("cnc", "gco", "gcode"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "GAML",
        .extensions = HDRCHECK__STRS("gaml"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "GAMS",
        .extensions = HDRCHECK__STRS("gms"),
        .line_comments = HDRCHECK__STRS("*"),
    },
    {
        .name = "GAP",
        .extensions = HDRCHECK__STRS("gap", "gi"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "GDB",
        .extensions = HDRCHECK__STRS("gdb", "gdbinit"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "GDScript",
        .extensions = HDRCHECK__STRS("gd"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "GSC",
        .extensions = HDRCHECK__STRS("gsc", "csc"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Genero",
        .extensions = HDRCHECK__STRS("4gl"),
        .line_comments = HDRCHECK__STRS("#", "--"),
    },
    {
        .name = "Genero Forms",
        .extensions = HDRCHECK__STRS("per"),
        .line_comments = HDRCHECK__STRS("#", "--"),
    },
    {
        .name = "Genshi",
        .extensions = HDRCHECK__STRS("kid"),
        .block_comments = HDRCHECK__BLOCKS({"<!--", "-->"}),
    },
    {
        .name = "Gentoo Ebuild",
        .extensions = HDRCHECK__STRS("ebuild"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Gentoo Eclass",
        .extensions = HDRCHECK__STRS("eclass"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Gnuplot",
        .extensions = HDRCHECK__STRS("gp", "gnu", "gnuplot", "plot", "plt"),
        .interpreters = HDRCHECK__STRS("gnuplot"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Golo",
        .extensions = HDRCHECK__STRS("golo"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Gosu",
        .extensions = HDRCHECK__STRS("gsx", "vark"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Grace",
        .extensions = HDRCHECK__STRS("grace"),
        .line_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "Grammatical Framework",
        .extensions = HDRCHECK__STRS("gf"),
        .line_comments = HDRCHECK__STRS("--"),
        .block_comments = HDRCHECK__BLOCKS({"{-", "-}"}),
    },
    {
        .name = "Groovy Server Pages",
        .extensions = HDRCHECK__STRS("gsp"),
        .block_comments = HDRCHECK__BLOCKS({"<%--", "--%>"}, {"<!--", "-->"}),
    },
    {
        .name = "HAProxy",
        .filenames = HDRCHECK__STRS("haproxy.cfg"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "HTML+EEX",
        .extensions = HDRCHECK__STRS("eex", "html.heex", "html.leex"),
        .block_comments = HDRCHECK__BLOCKS({"<%#", "%>"}, {"<!--", "-->"}),
    },
    {
        .name = "HXML",
        .extensions = HDRCHECK__STRS("hxml"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Hack",
        .extensions = HDRCHECK__STRS("hack", "hhi"),
        .line_comments = HDRCHECK__STRS("//", "#"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Harbour",
        .extensions = HDRCHECK__STRS("hb"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "HolyC",
        .extensions = HDRCHECK__STRS("hc"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Hy",
        .extensions = HDRCHECK__STRS("hy"),
        .interpreters = HDRCHECK__STRS("hy"),
        .line_comments = HDRCHECK__STRS(";"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "IDL",
        .extensions = HDRCHECK__STRS("dlm"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "IGOR Pro",
        .extensions = HDRCHECK__STRS("ipf"),
        .line_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "ImageJ Macro",
        .extensions = HDRCHECK__STRS("ijm"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Inno Setup",
        .extensions = HDRCHECK__STRS("iss", "isl"),
        .line_comments = HDRCHECK__STRS(";", "//"),
    },
    {
        .name = "Io",
        .extensions = HDRCHECK__STRS("io"),
        .interpreters = HDRCHECK__STRS("io"),
        .line_comments = HDRCHECK__STRS("//", "#"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Ioke",
        .extensions = HDRCHECK__STRS("ik"),
        .interpreters = HDRCHECK__STRS("ioke"),
        .line_comments = HDRCHECK__STRS(";"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Isabelle",
        .extensions = HDRCHECK__STRS("thy"),
        .block_comments = HDRCHECK__BLOCKS({"(*", "*)"}),
    },
    {
        .name = "Isabelle ROOT",
        .filenames = HDRCHECK__STRS("ROOT"),
        .block_comments = HDRCHECK__BLOCKS({"(*", "*)"}),
    },
    {
        .name = "J",
        .extensions = HDRCHECK__STRS("ijs"),
        .interpreters = HDRCHECK__STRS("jconsole"),
        .line_comments = HDRCHECK__STRS("NB."),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "JFlex",
        .extensions = HDRCHECK__STRS("flex", "jflex"),
        .line_comments = HDRCHECK__STRS("//", "%"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Janet",
        .extensions = HDRCHECK__STRS("janet"),
        .interpreters = HDRCHECK__STRS("janet"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Jasmin",
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "Jest Snapshot",
        .extensions = HDRCHECK__STRS("snap"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Jison",
        .extensions = HDRCHECK__STRS("jison"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Jison Lex",
        .extensions = HDRCHECK__STRS("jisonlex"),
        .line_comments = HDRCHECK__STRS("//", "%"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Jolie",
        .extensions = HDRCHECK__STRS("ol", "iol"),
        .interpreters = HDRCHECK__STRS("jolie"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "KRL",
        .extensions = HDRCHECK__STRS("krl"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Kaitai Struct",
        .extensions = HDRCHECK__STRS("ksy"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "KakouneScript",
        .extensions = HDRCHECK__STRS("kak"),
        .filenames = HDRCHECK__STRS("kakrc"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Kit",
        .extensions = HDRCHECK__STRS("kit"),
        .block_comments = HDRCHECK__BLOCKS({"<!--", "-->"}),
    },
    {
        .name = "LFE",
        .extensions = HDRCHECK__STRS("lfe"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "LOLCODE",
        .extensions = HDRCHECK__STRS("lol"),
        .line_comments = HDRCHECK__STRS("BTW"),
        .block_comments = HDRCHECK__BLOCKS({"OBTW", "TLDR"}),
    },
    {
        .name = "LSL",
        .extensions = HDRCHECK__STRS("lsl", "lslp"),
        .interpreters = HDRCHECK__STRS("lsl"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Lark",
        .extensions = HDRCHECK__STRS("lark"),
        .line_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "Lasso",
        .extensions = HDRCHECK__STRS("lasso", "las", "lasso8", "lasso9"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Latte",
        .extensions = HDRCHECK__STRS("latte"),
        .block_comments = HDRCHECK__BLOCKS({"{*", "*}"}),
    },
    {
        .name = "Lex",
        .extensions = HDRCHECK__STRS("l", "lex"),
        .filenames = HDRCHECK__STRS("Lexer.x", "lexer.x"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_LEX,
    },
    {
        .name = "LigoLANG",
        .extensions = HDRCHECK__STRS("ligo"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"(*", "*)"}),
    },
    {
        .name = "LilyPond",
        .extensions = HDRCHECK__STRS("ly", "ily"),
        .line_comments = HDRCHECK__STRS("%"),
        .block_comments = HDRCHECK__BLOCKS({"%{", "%}"}),
    },
    {
        .name = "Limbo",
        .extensions = HDRCHECK__STRS("b"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "LiveScript",
        .extensions = HDRCHECK__STRS("ls", "_ls"),
        .filenames = HDRCHECK__STRS("Slakefile"),
        .line_comments = HDRCHECK__STRS("#"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Logos",
        .extensions = HDRCHECK__STRS("xm", "xi"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Logtalk",
        .extensions = HDRCHECK__STRS("lgt", "logtalk"),
        .line_comments = HDRCHECK__STRS("%"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "LookML",
        .extensions = HDRCHECK__STRS("lookml", "model.lkml", "view.lkml"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "M",
        .extensions = HDRCHECK__STRS("mumps"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "MAXScript",
        .extensions = HDRCHECK__STRS("mcr"),
        .line_comments = HDRCHECK__STRS("--"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "MLIR",
        .extensions = HDRCHECK__STRS("mlir"),
        .line_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "MQL4",
        .extensions = HDRCHECK__STRS("mq4", "mqh"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "MQL5",
        .extensions = HDRCHECK__STRS("mq5"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Macaulay2",
        .extensions = HDRCHECK__STRS("m2"),
        .interpreters = HDRCHECK__STRS("M2"),
        .line_comments = HDRCHECK__STRS("--"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Mako",
        .extensions = HDRCHECK__STRS("mako", "mao"),
        .line_comments = HDRCHECK__STRS("#"),
        .block_comments = HDRCHECK__BLOCKS({"<%doc>", "</%doc>"}),
        .preambles = HDRCHECK_PRE_MAKO,
    },
    {
        .name = "Marko",
        .extensions = HDRCHECK__STRS("marko"),
        .block_comments = HDRCHECK__BLOCKS({"<!--", "-->"}),
    },
    {
        .name = "Mask",
        .extensions = HDRCHECK__STRS("mask"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Mathematica",
        .extensions = HDRCHECK__STRS("mathematica", "cdf", "ma", "mt", "nb",
            "nbp", "wl", "wlt"),
        .block_comments = HDRCHECK__BLOCKS({"(*", "*)"}),
    },
    {
        .name = "Mercury",
        .extensions = HDRCHECK__STRS("moo"),
        .interpreters = HDRCHECK__STRS("mmi"),
        .line_comments = HDRCHECK__STRS("%"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Mint",
        .extensions = HDRCHECK__STRS("mint"),
        .line_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "Mirah",
        .extensions = HDRCHECK__STRS("druby", "duby", "mirah"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Modelica",
        .extensions = HDRCHECK__STRS("mo"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Modula-2",
        .block_comments = HDRCHECK__BLOCKS({"(*", "*)"}),
    },
    {
        .name = "Modula-3",
        .extensions = HDRCHECK__STRS("i3", "ig", "m3", "mg"),
        .block_comments = HDRCHECK__BLOCKS({"(*", "*)"}),
    },
    {
        .name = "Monkey",
        .extensions = HDRCHECK__STRS("monkey", "monkey2"),
        .line_comments = HDRCHECK__STRS("'"),
    },
    {
        .name = "MoonScript",
        .extensions = HDRCHECK__STRS("moon"),
        .interpreters = HDRCHECK__STRS("moon"),
        .line_comments = HDRCHECK__STRS("--"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Move",
        .extensions = HDRCHECK__STRS("move"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "NASL",
        .extensions = HDRCHECK__STRS("nasl"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "NCL",
        .extensions = HDRCHECK__STRS("ncl"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "NEON",
        .extensions = HDRCHECK__STRS("neon"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "NSIS",
        .extensions = HDRCHECK__STRS("nsi", "nsh"),
        .line_comments = HDRCHECK__STRS(";", "#"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "NWScript",
        .extensions = HDRCHECK__STRS("nss"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Nearley",
        .extensions = HDRCHECK__STRS("ne", "nearley"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "NetLinx",
        .extensions = HDRCHECK__STRS("axs", "axi"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}, {"(*", "*)"}),
    },
    {
        .name = "NetLogo",
        .extensions = HDRCHECK__STRS("nlogo"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "NewLisp",
        .extensions = HDRCHECK__STRS("nl"),
        .interpreters = HDRCHECK__STRS("newlisp"),
        .line_comments = HDRCHECK__STRS(";", "#"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Nextflow",
        .extensions = HDRCHECK__STRS("nf"),
        .filenames = HDRCHECK__STRS("nextflow.config"),
        .interpreters = HDRCHECK__STRS("nextflow"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Nit",
        .extensions = HDRCHECK__STRS("nit"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Opa",
        .extensions = HDRCHECK__STRS("opa"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Opal",
        .extensions = HDRCHECK__STRS("opal"),
        .line_comments = HDRCHECK__STRS("--"),
    },
    {
        .name = "Objective-J",
        .extensions = HDRCHECK__STRS("sj"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "OpenQASM",
        .extensions = HDRCHECK__STRS("qasm"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "OpenSCAD",
        .extensions = HDRCHECK__STRS("scad"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "OpenStep Property List",
        .extensions = HDRCHECK__STRS("glyphs"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "OpenType Feature File",
        .extensions = HDRCHECK__STRS("fea"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "OpenEdge ABL",
        .extensions = HDRCHECK__STRS("w"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Ox",
        .extensions = HDRCHECK__STRS("ox", "oxh", "oxo"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Oxygene",
        .extensions = HDRCHECK__STRS("oxygene"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"{", "}"}, {"(*", "*)"}),
    },
    {
        .name = "Oz",
        .extensions = HDRCHECK__STRS("oz"),
        .line_comments = HDRCHECK__STRS("%"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "P4",
        .extensions = HDRCHECK__STRS("p4"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "PEG.js",
        .extensions = HDRCHECK__STRS("pegjs"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "POV-Ray SDL",
        .extensions = HDRCHECK__STRS("pov"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Pan",
        .extensions = HDRCHECK__STRS("pan"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Papyrus",
        .extensions = HDRCHECK__STRS("psc"),
        .line_comments = HDRCHECK__STRS(";"),
        .block_comments = HDRCHECK__BLOCKS({"{", "}"}),
    },
    {
        .name = "Parrot Assembly",
        .extensions = HDRCHECK__STRS("pasm"),
        .interpreters = HDRCHECK__STRS("parrot"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Parrot Internal Representation",
        .extensions = HDRCHECK__STRS("pir"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Pawn",
        .extensions = HDRCHECK__STRS("pwn", "sma"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Pep8",
        .extensions = HDRCHECK__STRS("pep"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "Pic",
        .extensions = HDRCHECK__STRS("pic", "chem"),
        .line_comments = HDRCHECK__STRS(".\\\"", "'\\\""),
    },
    {
        .name = "PicoLisp",
        .interpreters = HDRCHECK__STRS("picolisp", "pil"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "PigLatin",
        .extensions = HDRCHECK__STRS("pig"),
        .line_comments = HDRCHECK__STRS("--"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Pike",
        .extensions = HDRCHECK__STRS("pike", "pmod"),
        .interpreters = HDRCHECK__STRS("pike"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Pony",
        .extensions = HDRCHECK__STRS("pony"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Portugol",
        .extensions = HDRCHECK__STRS("por"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "PostCSS",
        .extensions = HDRCHECK__STRS("pcss", "postcss"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "PostScript",
        .extensions = HDRCHECK__STRS("ps", "eps", "epsi", "pfa"),
        .line_comments = HDRCHECK__STRS("%"),
    },
    {
        .name = "PowerBuilder",
        .extensions = HDRCHECK__STRS("sra", "sru", "srw"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Processing",
        .extensions = HDRCHECK__STRS("pde"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Prolog",
        .extensions = HDRCHECK__STRS("prolog", "yap"),
        .interpreters = HDRCHECK__STRS("swipl", "yap"),
        .line_comments = HDRCHECK__STRS("%"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "Promela",
        .extensions = HDRCHECK__STRS("pml"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Propeller Spin",
        .extensions = HDRCHECK__STRS("spin"),
        .line_comments = HDRCHECK__STRS("'"),
        .block_comments = HDRCHECK__BLOCKS({"{", "}"}),
    },
    {
        .name = "PureBasic",
        .extensions = HDRCHECK__STRS("pb", "pbi"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "Q#",
        .line_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "Qt Script",
        .filenames = HDRCHECK__STRS("installscript.qs",
            "toolchain_installscript.qs"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "RAML",
        .extensions = HDRCHECK__STRS("raml"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "REALbasic",
        .extensions = HDRCHECK__STRS("rbbas", "rbfrm", "rbmnu", "rbres",
            "rbtbar", "rbuistate"),
        .line_comments = HDRCHECK__STRS("'", "//"),
    },
    {
        .name = "REXX",
        .extensions = HDRCHECK__STRS("rexx", "pprx", "rex"),
        .interpreters = HDRCHECK__STRS("regina", "rexx"),
        .line_comments = HDRCHECK__STRS("--"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "RMarkdown",
        .extensions = HDRCHECK__STRS("qmd", "rmd"),
        .block_comments = HDRCHECK__BLOCKS({"<!--", "-->"}),
        .preambles = HDRCHECK_PRE_FRONT_MATTER,
    },
    {
        .name = "RPGLE",
        .extensions = HDRCHECK__STRS("rpgle", "sqlrpgle"),
        .line_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "Rascal",
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Readline Config",
        .filenames = HDRCHECK__STRS(".inputrc", "inputrc"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "ReasonLIGO",
        .extensions = HDRCHECK__STRS("religo"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Rebol",
        .extensions = HDRCHECK__STRS("reb", "r2", "r3", "rebol"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "Red",
        .extensions = HDRCHECK__STRS("red", "reds"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "Redcode",
        .extensions = HDRCHECK__STRS("cw"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "Redirect Rules",
        .filenames = HDRCHECK__STRS("_redirects"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Ren'Py",
        .extensions = HDRCHECK__STRS("rpy"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "RenderScript",
        .extensions = HDRCHECK__STRS("rsh"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Ring",
        .extensions = HDRCHECK__STRS("ring"),
        .line_comments = HDRCHECK__STRS("#", "//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Riot",
        .extensions = HDRCHECK__STRS("riot"),
        .block_comments = HDRCHECK__BLOCKS({"<!--", "-->"}),
    },
    {
        .name = "RobotFramework",
        .extensions = HDRCHECK__STRS("robot"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Roff",
        .extensions = HDRCHECK__STRS("roff", "1in", "1m", "1x", "3in", "3m",
            "3p", "3pm", "3qt", "3x", "man", "mdoc", "me", "n", "nr", "rno",
            "tmac"),
        .filenames = HDRCHECK__STRS("eqnrc", "mmn", "mmt", "troffrc",
            "troffrc-end"),
        .line_comments = HDRCHECK__STRS(".\\\"", "'\\\"", "\\\""),
    },
    {
        .name = "Rouge",
        .extensions = HDRCHECK__STRS("rg"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "RouterOS Script",
        .interpreters = HDRCHECK__STRS("RouterOS"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "SAS",
        .extensions = HDRCHECK__STRS("sas"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "SELinux Policy",
        .extensions = HDRCHECK__STRS("te"),
        .filenames = HDRCHECK__STRS("file_contexts", "genfs_contexts",
            "initial_sids", "port_contexts", "security_classes"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "SMT",
        .extensions = HDRCHECK__STRS("smt2", "smt"),
        .interpreters = HDRCHECK__STRS("boolector", "cvc4", "mathsat5",
            "opensmt", "smtinterpol", "smt-rat", "stp", "verit", "yices2",
            "z3"),
        .line_comments = HDRCHECK__STRS(";"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "SPARQL",
        .extensions = HDRCHECK__STRS("sparql", "rq"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "SQF",
        .extensions = HDRCHECK__STRS("sqf", "hqf"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "SWIG",
        .extensions = HDRCHECK__STRS("i"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Sage",
        .extensions = HDRCHECK__STRS("sage", "sagews"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Scaml",
        .extensions = HDRCHECK__STRS("scaml"),
        .line_comments = HDRCHECK__STRS("-#"),
    },
    {
        .name = "Scilab",
        .extensions = HDRCHECK__STRS("sci", "sce"),
        .line_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "ShellCheck Config",
        .filenames = HDRCHECK__STRS(".shellcheckrc"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Sieve",
        .extensions = HDRCHECK__STRS("sieve"),
        .line_comments = HDRCHECK__STRS("#"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Singularity",
        .filenames = HDRCHECK__STRS("Singularity"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Slice",
        .extensions = HDRCHECK__STRS("ice"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "SmPL",
        .extensions = HDRCHECK__STRS("cocci"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Smali",
        .extensions = HDRCHECK__STRS("smali"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Smalltalk",
        .block_comments = HDRCHECK__BLOCKS({"\"", "\""}),
    },
    {
        .name = "Smarty",
        .block_comments = HDRCHECK__BLOCKS({"{*", "*}"}),
    },
    {
        .name = "Soong",
        .filenames = HDRCHECK__STRS("Android.bp"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "SourcePawn",
        .extensions = HDRCHECK__STRS("sp"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Squirrel",
        .extensions = HDRCHECK__STRS("nut"),
        .line_comments = HDRCHECK__STRS("//", "#"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Stan",
        .extensions = HDRCHECK__STRS("stan"),
        .line_comments = HDRCHECK__STRS("//", "#"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Stata",
        .extensions = HDRCHECK__STRS("do", "ado", "doh", "ihlp", "mata",
            "matah", "sthlp"),
        .line_comments = HDRCHECK__STRS("*", "//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "StringTemplate",
        .block_comments = HDRCHECK__BLOCKS({"<!", "!>"}),
    },
    {
        .name = "SugarSS",
        .extensions = HDRCHECK__STRS("sss"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "SuperCollider",
        .interpreters = HDRCHECK__STRS("sclang", "scsynth"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "TLA",
        .extensions = HDRCHECK__STRS("tla"),
        .line_comments = HDRCHECK__STRS("\\*"),
        .block_comments = HDRCHECK__BLOCKS({"(*", "*)"}),
    },
    {
        .name = "TXL",
        .extensions = HDRCHECK__STRS("txl"),
        .line_comments = HDRCHECK__STRS("%"),
    },
    {
        .name = "Talon",
        .extensions = HDRCHECK__STRS("talon"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Tcsh",
        .extensions = HDRCHECK__STRS("tcsh", "csh"),
        .interpreters = HDRCHECK__STRS("tcsh", "csh"),
        .line_comments = HDRCHECK__STRS("#"),
        .preambles = HDRCHECK_PRE_SHEBANG,
    },
    {
        .name = "TextMate Properties",
        .filenames = HDRCHECK__STRS(".tm_properties"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Turtle",
        .extensions = HDRCHECK__STRS("ttl"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Type Language",
        .extensions = HDRCHECK__STRS("tl"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Unified Parallel C",
        .extensions = HDRCHECK__STRS("upc"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Uno",
        .extensions = HDRCHECK__STRS("uno"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "UnrealScript",
        .extensions = HDRCHECK__STRS("uc"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "UrWeb",
        .extensions = HDRCHECK__STRS("ur", "urs"),
        .block_comments = HDRCHECK__BLOCKS({"(*", "*)"}),
    },
    {
        .name = "VBA",
        .extensions = HDRCHECK__STRS("frm", "frx"),
        .line_comments = HDRCHECK__STRS("'"),
    },
    {
        .name = "VCL",
        .extensions = HDRCHECK__STRS("vcl"),
        .line_comments = HDRCHECK__STRS("#", "//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Valve Data Format",
        .extensions = HDRCHECK__STRS("vdf"),
        .line_comments = HDRCHECK__STRS("//"),
    },
    {
        .name = "Velocity Template Language",
        .extensions = HDRCHECK__STRS("vtl"),
        .line_comments = HDRCHECK__STRS("##"),
        .block_comments = HDRCHECK__BLOCKS({"#*", "*#"}),
    },
    {
        .name = "Vim Snippet",
        .extensions = HDRCHECK__STRS("snip", "snippet", "snippets"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Volt",
        .extensions = HDRCHECK__STRS("volt"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Vyper",
        .extensions = HDRCHECK__STRS("vy"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Wavefront Material",
        .extensions = HDRCHECK__STRS("mtl"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Wavefront Object",
        .extensions = HDRCHECK__STRS("obj"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "WebIDL",
        .extensions = HDRCHECK__STRS("webidl"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Whiley",
        .extensions = HDRCHECK__STRS("whiley"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Wikitext",
        .extensions = HDRCHECK__STRS("mediawiki", "wiki", "wikitext"),
        .block_comments = HDRCHECK__BLOCKS({"<!--", "-->"}),
    },
    {
        .name = "Windows Registry Entries",
        .extensions = HDRCHECK__STRS("reg"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "Witcher Script",
        .extensions = HDRCHECK__STRS("ws"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Wollok",
        .extensions = HDRCHECK__STRS("wlk"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Wren",
        .extensions = HDRCHECK__STRS("wren"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "X BitMap",
        .extensions = HDRCHECK__STRS("xbm"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "X PixMap",
        .extensions = HDRCHECK__STRS("xpm"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "X10",
        .extensions = HDRCHECK__STRS("x10"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "XC",
        .extensions = HDRCHECK__STRS("xc"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "XCompose",
        .filenames = HDRCHECK__STRS(".XCompose", "XCompose", "xcompose"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "XPages",
        .extensions = HDRCHECK__STRS("xsp-config", "xsp.metadata"),
        .block_comments = HDRCHECK__BLOCKS({"<!--", "-->"}),
        .preambles = HDRCHECK_PRE_XML,
    },
    {
        .name = "XProc",
        .extensions = HDRCHECK__STRS("xpl", "xproc"),
        .block_comments = HDRCHECK__BLOCKS({"<!--", "-->"}),
        .preambles = HDRCHECK_PRE_XML,
    },
    {
        .name = "XQuery",
        .extensions = HDRCHECK__STRS("xquery", "xq", "xql", "xqm", "xqy"),
        .block_comments = HDRCHECK__BLOCKS({"(:", ":)"}),
    },
    {
        .name = "XS",
        .extensions = HDRCHECK__STRS("xs"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Xojo",
        .extensions = HDRCHECK__STRS("xojo_code", "xojo_menu", "xojo_report",
            "xojo_script", "xojo_toolbar", "xojo_window"),
        .line_comments = HDRCHECK__STRS("'", "//"),
    },
    {
        .name = "Xonsh",
        .extensions = HDRCHECK__STRS("xsh"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Xtend",
        .extensions = HDRCHECK__STRS("xtend"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "YANG",
        .extensions = HDRCHECK__STRS("yang"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "YARA",
        .extensions = HDRCHECK__STRS("yar", "yara"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "YASnippet",
        .extensions = HDRCHECK__STRS("yasnippet"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Yul",
        .extensions = HDRCHECK__STRS("yul"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "ZAP",
        .extensions = HDRCHECK__STRS("zap", "xzap"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "ZIL",
        .extensions = HDRCHECK__STRS("zil", "mud"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "Zeek",
        .extensions = HDRCHECK__STRS("zeek", "bro"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "ZenScript",
        .extensions = HDRCHECK__STRS("zs"),
        .line_comments = HDRCHECK__STRS("//", "#"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Zephir",
        .extensions = HDRCHECK__STRS("zep"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "Zimpl",
        .extensions = HDRCHECK__STRS("zimpl", "zmpl", "zpl"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "Desktop Entry",
        .extensions = HDRCHECK__STRS("desktop", "desktop.in"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "dircolors",
        .extensions = HDRCHECK__STRS("dircolors"),
        .filenames = HDRCHECK__STRS(".dir_colors", ".dircolors", "DIR_COLORS",
            "_dir_colors", "_dircolors", "dir_colors"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "eC",
        .extensions = HDRCHECK__STRS("ec", "eh"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "hoon",
        .extensions = HDRCHECK__STRS("hoon"),
        .line_comments = HDRCHECK__STRS("::"),
    },
    {
        .name = "jq",
        .extensions = HDRCHECK__STRS("jq"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "kvlang",
        .extensions = HDRCHECK__STRS("kv"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "mcfunction",
        .extensions = HDRCHECK__STRS("mcfunction"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "mupad",
        .extensions = HDRCHECK__STRS("mu"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "nanorc",
        .extensions = HDRCHECK__STRS("nanorc"),
        .filenames = HDRCHECK__STRS(".nanorc", "nanorc"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "nesC",
        .extensions = HDRCHECK__STRS("nc"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "ooc",
        .extensions = HDRCHECK__STRS("ooc"),
        .line_comments = HDRCHECK__STRS("//"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
    {
        .name = "robots.txt",
        .filenames = HDRCHECK__STRS("robots.txt"),
        .line_comments = HDRCHECK__STRS("#"),
        .block_comments = HDRCHECK__BLOCKS({"====", "===="}),
    },
    {
        .name = "wdl",
        .extensions = HDRCHECK__STRS("wdl"),
        .line_comments = HDRCHECK__STRS("#"),
    },
    {
        .name = "wisp",
        .extensions = HDRCHECK__STRS("wisp"),
        .line_comments = HDRCHECK__STRS(";"),
    },
    {
        .name = "xBase",
        .extensions = HDRCHECK__STRS("prg", "ch", "prw"),
        .line_comments = HDRCHECK__STRS("//", "&&"),
        .block_comments = HDRCHECK__BLOCKS({"/*", "*/"}),
    },
};

const size_t hdrcheck__languages_count =
    sizeof(hdrcheck__languages) / sizeof(hdrcheck__languages[0]);

/* Extensions that more than one language uses with different comment
 * syntax: no type claims them by name, the content decides. */
const char *const hdrcheck__languages_ambiguous[] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    "al",
    "asc",
    "bs",
    "cgi",
    "dsp",
    "e",
    "es",
    "fcgi",
    "filters",
    "fr",
    "ftl",
    "g",
    "gst",
    "j",
    "mod",
    "ms",
    "nas",
    "p",
    "pbt",
    "pluginspec",
    "qs",
    "rsc",
    "scd",
    "sch",
    "st",
    "tpl",
    "tst",
    "workflow",
    "wsf",
    NULL,
};

/* Extensions whose type the content may change: the type by name first
 * (none for the ambiguous ones), then the other languages that use the
 * extension; sorted for binary search. */
const hdrcheck__filetype_weak hdrcheck__languages_weak[] = {
    /* Roff */
    {"1", HDRCHECK__LANGS(&hdrcheck__languages[417])},
    /* Roff */
    {"2", HDRCHECK__LANGS(&hdrcheck__languages[417])},
    /* Roff */
    {"3", HDRCHECK__LANGS(&hdrcheck__languages[417])},
    /* Roff */
    {"4", HDRCHECK__LANGS(&hdrcheck__languages[417])},
    /* Roff */
    {"5", HDRCHECK__LANGS(&hdrcheck__languages[417])},
    /* Roff */
    {"6", HDRCHECK__LANGS(&hdrcheck__languages[417])},
    /* Roff */
    {"7", HDRCHECK__LANGS(&hdrcheck__languages[417])},
    /* Roff */
    {"8", HDRCHECK__LANGS(&hdrcheck__languages[417])},
    /* Roff */
    {"9", HDRCHECK__LANGS(&hdrcheck__languages[417])},
    /* AsciiDoc */
    {"adoc.ftl", HDRCHECK__LANGS(&hdrcheck__languages[160])},
    /* Perl */
    {"al", HDRCHECK__LANGS(&hdrcheck__languages[75])},
    /* AsciiDoc, AGS Script */
    {"asc",
     HDRCHECK__LANGS(&hdrcheck__languages[160],
                     &hdrcheck__languages[188])},
    /* Bikeshed, BrighterScript */
    {"bs",
     HDRCHECK__LANGS(&hdrcheck__languages[210],
                     &hdrcheck__languages[218])},
    /* C#, CoffeeScript */
    {"cake",
     HDRCHECK__LANGS(&hdrcheck__languages[3],
                     &hdrcheck__languages[47])},
    /* Text (# comments) */
    {"cf", HDRCHECK__LANGS(&hdrcheck__languages[166])},
    /* INI, HAProxy */
    {"cfg",
     HDRCHECK__LANGS(&hdrcheck__languages[123],
                     &hdrcheck__languages[293])},
    /* Python, Perl, Shell */
    {"cgi",
     HDRCHECK__LANGS(&hdrcheck__languages[73],
                     &hdrcheck__languages[75],
                     &hdrcheck__languages[77])},
    /* OpenCL, Common Lisp */
    {"cl", HDRCHECK__LANGS(&hdrcheck__languages[5], &hdrcheck__languages[106])},
    /* TeX, OpenEdge ABL, VBA */
    {"cls",
     HDRCHECK__LANGS(&hdrcheck__languages[162],
                     &hdrcheck__languages[371],
                     &hdrcheck__languages[456])},
    /* CMake */
    {"cmake.in", HDRCHECK__LANGS(&hdrcheck__languages[112])},
    /* Batch */
    {"cmd", HDRCHECK__LANGS(&hdrcheck__languages[79])},
    /* INI */
    {"cnf", HDRCHECK__LANGS(&hdrcheck__languages[123])},
    /* INI */
    {"conf", HDRCHECK__LANGS(&hdrcheck__languages[123])},
    /* C++, Component Pascal */
    {"cp", HDRCHECK__LANGS(&hdrcheck__languages[1], &hdrcheck__languages[241])},
    /* C#, Smalltalk */
    {"cs", HDRCHECK__LANGS(&hdrcheck__languages[3], &hdrcheck__languages[435])},
    /* CSV, CSV (# comments) */
    {"csv",
     HDRCHECK__LANGS(&hdrcheck__languages[179],
                     &hdrcheck__languages[181])},
    /* D, DTrace */
    {"d", HDRCHECK__LANGS(&hdrcheck__languages[25], &hdrcheck__languages[249])},
    /* Diff */
    {"diff", HDRCHECK__LANGS(&hdrcheck__languages[182])},
    /* Faust */
    {"dsp", HDRCHECK__LANGS(&hdrcheck__languages[270])},
    /* E, Eiffel, Euphoria */
    {"e",
     HDRCHECK__LANGS(&hdrcheck__languages[254],
                     &hdrcheck__languages[263],
                     &hdrcheck__languages[265])},
    /* Env File */
    {"env", HDRCHECK__LANGS(&hdrcheck__languages[126])},
    /* ERB */
    {"erb", HDRCHECK__LANGS(&hdrcheck__languages[62])},
    /* JavaScript, Erlang */
    {"es",
     HDRCHECK__LANGS(&hdrcheck__languages[45],
                     &hdrcheck__languages[102])},
    /* Elixir, Euphoria */
    {"ex",
     HDRCHECK__LANGS(&hdrcheck__languages[103],
                     &hdrcheck__languages[265])},
    /* Fortran, Forth */
    {"f", HDRCHECK__LANGS(&hdrcheck__languages[38], &hdrcheck__languages[272])},
    /* PHP, Python, Ruby, Perl, Shell, Lua */
    {"fcgi",
     HDRCHECK__LANGS(&hdrcheck__languages[60],
                     &hdrcheck__languages[73],
                     &hdrcheck__languages[74],
                     &hdrcheck__languages[75],
                     &hdrcheck__languages[77],
                     &hdrcheck__languages[80])},
    /* XML */
    {"filters", HDRCHECK__LANGS(&hdrcheck__languages[57])},
    /* Fortran, Forth */
    {"for",
     HDRCHECK__LANGS(&hdrcheck__languages[38],
                     &hdrcheck__languages[272])},
    /* Forth, Frege */
    {"fr",
     HDRCHECK__LANGS(&hdrcheck__languages[272],
                     &hdrcheck__languages[273])},
    /* F#, GLSL, Forth */
    {"fs",
     HDRCHECK__LANGS(&hdrcheck__languages[101],
                     &hdrcheck__languages[7],
                     &hdrcheck__languages[272])},
    /* FreeMarker */
    {"ftl", HDRCHECK__LANGS(&hdrcheck__languages[63])},
    /* G-code, GAP */
    {"g",
     HDRCHECK__LANGS(&hdrcheck__languages[275],
                     &hdrcheck__languages[278])},
    /* XML, Gosu */
    {"gst",
     HDRCHECK__LANGS(&hdrcheck__languages[57],
                     &hdrcheck__languages[289])},
    /* Handlebars */
    {"handlebars", HDRCHECK__LANGS(&hdrcheck__languages[66])},
    /* Handlebars */
    {"hbs", HDRCHECK__LANGS(&hdrcheck__languages[66])},
    /* C++, Hack */
    {"hh", HDRCHECK__LANGS(&hdrcheck__languages[1], &hdrcheck__languages[296])},
    /* Slice, JSON */
    {"ice",
     HDRCHECK__LANGS(&hdrcheck__languages[432],
                     &hdrcheck__languages[174])},
    /* PHP, NASL, POV-Ray SDL, Pawn, SourcePawn, Pascal, reStructuredText */
    {"inc",
     HDRCHECK__LANGS(&hdrcheck__languages[60],
                     &hdrcheck__languages[353],
                     &hdrcheck__languages[377],
                     &hdrcheck__languages[382],
                     &hdrcheck__languages[438],
                     &hdrcheck__languages[41],
                     &hdrcheck__languages[159])},
    /* Jasmin, Objective-J */
    {"j",
     HDRCHECK__LANGS(&hdrcheck__languages[311],
                     &hdrcheck__languages[366])},
    /* Jinja */
    {"j2", HDRCHECK__LANGS(&hdrcheck__languages[64])},
    /* Jinja */
    {"jinja", HDRCHECK__LANGS(&hdrcheck__languages[64])},
    /* Jinja */
    {"jinja2", HDRCHECK__LANGS(&hdrcheck__languages[64])},
    /* JSON, JSON with Comments */
    {"json",
     HDRCHECK__LANGS(&hdrcheck__languages[174],
                     &hdrcheck__languages[142])},
    /* Lex, Common Lisp, PicoLisp, Roff */
    {"l",
     HDRCHECK__LANGS(&hdrcheck__languages[326],
                     &hdrcheck__languages[106],
                     &hdrcheck__languages[385],
                     &hdrcheck__languages[417])},
    /* Linker Script */
    {"ld", HDRCHECK__LANGS(&hdrcheck__languages[11])},
    /* Linker Script */
    {"lds", HDRCHECK__LANGS(&hdrcheck__languages[11])},
    /* Liquid */
    {"liquid", HDRCHECK__LANGS(&hdrcheck__languages[67])},
    /* Common Lisp, NewLisp */
    {"lisp",
     HDRCHECK__LANGS(&hdrcheck__languages[106],
                     &hdrcheck__languages[361])},
    /* LLVM IR, Lex */
    {"ll",
     HDRCHECK__LANGS(&hdrcheck__languages[36],
                     &hdrcheck__languages[326])},
    /* Common Lisp, NewLisp */
    {"lsp",
     HDRCHECK__LANGS(&hdrcheck__languages[106],
                     &hdrcheck__languages[361])},
    /* Objective-C, MATLAB, Limbo, M, Mathematica, Mercury */
    {"m",
     HDRCHECK__LANGS(&hdrcheck__languages[2],
                     &hdrcheck__languages[86],
                     &hdrcheck__languages[329],
                     &hdrcheck__languages[334],
                     &hdrcheck__languages[343],
                     &hdrcheck__languages[344])},
    /* Mako */
    {"mako", HDRCHECK__LANGS(&hdrcheck__languages[340])},
    /* Objective-C, XML */
    {"mm", HDRCHECK__LANGS(&hdrcheck__languages[2], &hdrcheck__languages[57])},
    /* XML, AMPL, Modula-2 */
    {"mod",
     HDRCHECK__LANGS(&hdrcheck__languages[57],
                     &hdrcheck__languages[190],
                     &hdrcheck__languages[348])},
    /* MAXScript, Roff */
    {"ms",
     HDRCHECK__LANGS(&hdrcheck__languages[335],
                     &hdrcheck__languages[417])},
    /* Handlebars */
    {"mustache", HDRCHECK__LANGS(&hdrcheck__languages[66])},
    /* Assembly */
    {"nas", HDRCHECK__LANGS(&hdrcheck__languages[35])},
    /* NCL, XML */
    {"ncl",
     HDRCHECK__LANGS(&hdrcheck__languages[354],
                     &hdrcheck__languages[57])},
    /* Jinja */
    {"njk", HDRCHECK__LANGS(&hdrcheck__languages[64])},
    /* Gnuplot, OpenEdge ABL */
    {"p",
     HDRCHECK__LANGS(&hdrcheck__languages[287],
                     &hdrcheck__languages[371])},
    /* Diff */
    {"patch", HDRCHECK__LANGS(&hdrcheck__languages[182])},
    /* Protocol Buffers Text, PowerBuilder */
    {"pbt",
     HDRCHECK__LANGS(&hdrcheck__languages[144],
                     &hdrcheck__languages[392])},
    /* Perl, Raku, Prolog */
    {"pl",
     HDRCHECK__LANGS(&hdrcheck__languages[75],
                     &hdrcheck__languages[76],
                     &hdrcheck__languages[394])},
    /* XML, OpenStep Property List */
    {"plist",
     HDRCHECK__LANGS(&hdrcheck__languages[57],
                     &hdrcheck__languages[369])},
    /* XML, Ruby */
    {"pluginspec",
     HDRCHECK__LANGS(&hdrcheck__languages[57],
                     &hdrcheck__languages[74])},
    /* Perl, Raku, X PixMap */
    {"pm",
     HDRCHECK__LANGS(&hdrcheck__languages[75],
                     &hdrcheck__languages[76],
                     &hdrcheck__languages[473])},
    /* qmake, IDL, Prolog */
    {"pro",
     HDRCHECK__LANGS(&hdrcheck__languages[117],
                     &hdrcheck__languages[300],
                     &hdrcheck__languages[394])},
    /* Q#, Qt Script */
    {"qs",
     HDRCHECK__LANGS(&hdrcheck__languages[398],
                     &hdrcheck__languages[399])},
    /* R, Rebol */
    {"r", HDRCHECK__LANGS(&hdrcheck__languages[84], &hdrcheck__languages[408])},
    /* Windows Registry Entries */
    {"reg", HDRCHECK__LANGS(&hdrcheck__languages[468])},
    /* ReScript, XML */
    {"res",
     HDRCHECK__LANGS(&hdrcheck__languages[48],
                     &hdrcheck__languages[57])},
    /* Rust, XML, RenderScript */
    {"rs",
     HDRCHECK__LANGS(&hdrcheck__languages[22],
                     &hdrcheck__languages[57],
                     &hdrcheck__languages[413])},
    /* Rascal, RouterOS Script */
    {"rsc",
     HDRCHECK__LANGS(&hdrcheck__languages[405],
                     &hdrcheck__languages[419])},
    /* Ruby */
    {"ru", HDRCHECK__LANGS(&hdrcheck__languages[74])},
    /* Markdown, SuperCollider */
    {"scd",
     HDRCHECK__LANGS(&hdrcheck__languages[157],
                     &hdrcheck__languages[444])},
    /* XML, Scheme */
    {"sch",
     HDRCHECK__LANGS(&hdrcheck__languages[57],
                     &hdrcheck__languages[107])},
    /* systemd Unit, Desktop Entry */
    {"service",
     HDRCHECK__LANGS(&hdrcheck__languages[125],
                     &hdrcheck__languages[494])},
    /* Salt, Scheme */
    {"sls",
     HDRCHECK__LANGS(&hdrcheck__languages[136],
                     &hdrcheck__languages[107])},
    /* Smalltalk, StringTemplate */
    {"st",
     HDRCHECK__LANGS(&hdrcheck__languages[435],
                     &hdrcheck__languages[442])},
    /* Perl, Raku */
    {"t", HDRCHECK__LANGS(&hdrcheck__languages[75], &hdrcheck__languages[76])},
    /* Plain Text */
    {"text", HDRCHECK__LANGS(&hdrcheck__languages[183])},
    /* Smarty */
    {"tpl", HDRCHECK__LANGS(&hdrcheck__languages[436])},
    /* TypeScript, XML */
    {"ts", HDRCHECK__LANGS(&hdrcheck__languages[46], &hdrcheck__languages[57])},
    /* GAP, Scilab */
    {"tst",
     HDRCHECK__LANGS(&hdrcheck__languages[278],
                     &hdrcheck__languages[428])},
    /* TSV, CSV (# comments) */
    {"tsv",
     HDRCHECK__LANGS(&hdrcheck__languages[180],
                     &hdrcheck__languages[181])},
    /* TypeScript, XML */
    {"tsx",
     HDRCHECK__LANGS(&hdrcheck__languages[46],
                     &hdrcheck__languages[57])},
    /* Twig */
    {"twig", HDRCHECK__LANGS(&hdrcheck__languages[65])},
    /* Plain Text */
    {"txt", HDRCHECK__LANGS(&hdrcheck__languages[183])},
    /* Verilog, Coq */
    {"v", HDRCHECK__LANGS(&hdrcheck__languages[44], &hdrcheck__languages[242])},
    /* Vim Script, VBA */
    {"vba",
     HDRCHECK__LANGS(&hdrcheck__languages[89],
                     &hdrcheck__languages[456])},
    /* XML, HCL */
    {"workflow",
     HDRCHECK__LANGS(&hdrcheck__languages[57],
                     &hdrcheck__languages[129])},
    /* XML */
    {"wsf", HDRCHECK__LANGS(&hdrcheck__languages[57])},
    /* Linker Script, Logos */
    {"x", HDRCHECK__LANGS(&hdrcheck__languages[11], &hdrcheck__languages[331])},
    /* XML */
    {"xml", HDRCHECK__LANGS(&hdrcheck__languages[57])},
    /* Yacc, JSON */
    {"yy",
     HDRCHECK__LANGS(&hdrcheck__languages[211],
                     &hdrcheck__languages[174])},
};

const size_t hdrcheck__languages_weak_count =
    sizeof(hdrcheck__languages_weak) / sizeof(hdrcheck__languages_weak[0]);

/* Suffixes of a copy to fill in ("settings.py.example"): when the name's
 * extensions name no type, the type is the name's without the suffix. */
const char *const hdrcheck__languages_copies[] = {
    "dist",
    "example",
    "sample",
    NULL,
};

/* Directories whose every file is of one type, whatever its name
 * ("META-INF/services": Java service provider lists). */
const hdrcheck__filetype_dir hdrcheck__languages_dirs[] = {
    /* Java Service Provider */
    {"META-INF/services", &hdrcheck__languages[171]},
    {NULL, NULL},
};

/* File names whose variants "<name>.<anything>" are of one type, whatever
 * the suffix ("Makefile.dts", "Dockerfile.dev", "Kconfig.debug"): the
 * suffix names what the file is for, not its format. */
const hdrcheck__filetype_variant hdrcheck__languages_variants[] = {
    /* Makefile */
    {"Makefile.", &hdrcheck__languages[109]},
    /* Kconfig */
    {"Kconfig.", &hdrcheck__languages[118]},
    /* Dockerfile */
    {"Dockerfile.", &hdrcheck__languages[120]},
    /* Dockerfile */
    {"Containerfile.", &hdrcheck__languages[120]},
    {NULL, NULL},
};

/* The type a file unknown by name takes from its first comment. */
const hdrcheck_language *const
    hdrcheck__languages_content[HDRCHECK__SNIFF_COUNT] = {
    /* Text (# comments) */
    [HDRCHECK__SNIFF_HASH] = &hdrcheck__languages[166],
    /* Text (C comments) */
    [HDRCHECK__SNIFF_C] = &hdrcheck__languages[167],
    /* Text (; comments) */
    [HDRCHECK__SNIFF_SEMICOLON] = &hdrcheck__languages[168],
    /* Text (-- comments) */
    [HDRCHECK__SNIFF_DASH] = &hdrcheck__languages[169],
    /* Text (% comments) */
    [HDRCHECK__SNIFF_PERCENT] = &hdrcheck__languages[170],
    /* reStructuredText */
    [HDRCHECK__SNIFF_RST] = &hdrcheck__languages[159],
    /* XML */
    [HDRCHECK__SNIFF_XML] = &hdrcheck__languages[57],
    /* Jinja */
    [HDRCHECK__SNIFF_JINJA] = &hdrcheck__languages[64],
    /* ERB */
    [HDRCHECK__SNIFF_ERB] = &hdrcheck__languages[62],
    /* Go Template */
    [HDRCHECK__SNIFF_GOTMPL] = &hdrcheck__languages[165],
    /* Handlebars */
    [HDRCHECK__SNIFF_HANDLEBARS] = &hdrcheck__languages[66],
    /* Roff */
    [HDRCHECK__SNIFF_ROFF] = &hdrcheck__languages[417],
    /* Batch */
    [HDRCHECK__SNIFF_BATCH] = &hdrcheck__languages[79],
    /* M4 */
    [HDRCHECK__SNIFF_M4] = &hdrcheck__languages[111],
    /* APT */
    [HDRCHECK__SNIFF_TILDE] = &hdrcheck__languages[172],
    /* FreeMarker */
    [HDRCHECK__SNIFF_FREEMARKER] = &hdrcheck__languages[63],
};

#undef HDRCHECK__STRS
#undef HDRCHECK__BLOCKS
#undef HDRCHECK__LANGS

/* clang-format on */
